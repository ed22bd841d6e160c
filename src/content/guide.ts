// The guide as the app shows it: every content/guide/*.md file, bundled as text and parsed once at load.
import { parseGuide, type GuideSection } from './parse-guide.ts';

const guideFiles = import.meta.glob<string>('/content/guide/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const guideSections: readonly GuideSection[] = parseGuide(guideFiles);
