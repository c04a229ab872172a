/**
 * Intl.Segmenter, built on first use. The first Segmenter a process builds loads ICU's break data,
 * some 15 ms; string-width and wrap-ansi each build one as they load, though text of one-column
 * characters (nearly all of a news article) never needs one (narrow-width.ts). scripts/build.mjs puts
 * this class in place of `Intl.Segmenter` throughout the bundle (esbuild's define and inject).
 */
type Args = ConstructorParameters<typeof Intl.Segmenter>;

export class LazySegmenter {
  readonly #args: Args;
  #real: Intl.Segmenter | undefined;

  constructor(...args: Args) {
    this.#args = args;
  }

  #get(): Intl.Segmenter {
    // globalThis.Intl, so that the build's replacement of `Intl.Segmenter` does not reach this one.
    return (this.#real ??= new globalThis.Intl.Segmenter(...this.#args));
  }

  segment(input: string): Intl.Segments {
    return this.#get().segment(input);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#get().resolvedOptions();
  }
}
