// The one place the room learns which steps and cards exist, so moves of the notebook's modules touch only
// this file. Events naming anything else are refused. The steps are the active guide's cells, read from its
// markdown as the app's build reads them (```python cell=<id>), in the order the guide places them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGuide } from '../src/content/parse-guide.ts';
import { activeGuide } from '../src/guides/registry.ts';
import { cardIds } from '../src/troubleshooting/card-ids.ts';

function guideCellIds(): string[] {
  const dir = fileURLToPath(new URL(`../${activeGuide.dir}/guide`, import.meta.url));
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
  return parseGuide(files).flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'cell' ? [block.cellId] : [])),
  );
}

export const stepIds: readonly string[] = guideCellIds();
export type StepId = string;

export const roomCardIds = cardIds;
export type RoomCardId = (typeof roomCardIds)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && stepIds.includes(value);
}

export function isRoomCardId(value: unknown): value is RoomCardId {
  return typeof value === 'string' && (roomCardIds as readonly string[]).includes(value);
}
