/** What scripts/build.mjs injects for its define of `Intl.Segmenter` (lazy-segmenter.ts). */
export { LazySegmenter as __GlossLazySegmenter } from './lazy-segmenter.js';
