// The guide as the app shows it: every content/guides/credentials/guide/*.md file, compiled at build time by
// scripts/vite-plugin-guide.ts into sections, cells and rendered-ready markdown trees.
import compiledGuide from 'virtual:guide';
import type { CompiledSection } from './compile-guide.ts';

export const guideSections: readonly CompiledSection[] = compiledGuide;
