/**
 * Intl.Segmenter as the bundled libraries see it (scripts/build.mjs defines `Intl.Segmenter` as this
 * class): wrap-ansi and string-width each build one when they load, and the first one built loads
 * ICU's break data (~15 ms; ~30 ms on a busy machine), which one-column text never needs. The real
 * segmenter is built on first use. The tests run the libraries as they are (same behaviour, no cost cut).
 */
type Args = ConstructorParameters<typeof Intl.Segmenter>;

export class LazySegmenter {
  private readonly args: Args;
  private real: Intl.Segmenter | undefined;

  constructor(...args: Args) {
    this.args = args;
  }

  // globalThis.Intl, not Intl: the build's define rewrites `Intl.Segmenter`, which would be this class again.
  private get segmenter(): Intl.Segmenter {
    return (this.real ??= new globalThis.Intl.Segmenter(...this.args));
  }

  segment(input: string): Intl.Segments {
    return this.segmenter.segment(input);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.segmenter.resolvedOptions();
  }
}
