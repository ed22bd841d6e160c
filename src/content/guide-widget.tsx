import { RefreshCredentials } from './refresh-credentials.tsx';
import { SecurityChecklist } from '../progress/security-checklist.tsx';
import { parseChecklistItems } from './checklist-items.ts';
import type { GuideBlock } from './parse-guide.ts';

type WidgetBlock = Extract<GuideBlock, { kind: 'widget' }>;

export function GuideWidget({ block }: { block: WidgetBlock }) {
  switch (block.widget) {
    case 'checklist':
      return (
        <SecurityChecklist
          id={block.attributes.id ?? 'checklist'}
          title={block.attributes.title ?? 'Checklist'}
          items={parseChecklistItems(block.lines)}
        />
      );
    case 'refresh-credentials':
      return block.attributes.from ? <RefreshCredentials from={block.attributes.from} /> : null;
    default:
      return null;
  }
}
