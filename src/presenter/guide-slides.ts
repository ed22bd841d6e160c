import { guideSections } from '../content/guide.ts';
import { buildSlides } from './slides.ts';

/** The active guide's slides: the same list in the projector window and in the speaker view. */
export const guideSlides = buildSlides(guideSections);
