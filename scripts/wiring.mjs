// Where gloss takes another module than the one a dependency names: the same table for the shipped
// bundle (scripts/build.mjs, as an esbuild plugin) and for the tests (scripts/test-wiring.mjs, as a
// resolve hook), so that tests run the program's own module wiring.
//
// Each entry earns its place by a measurement on the Node.js lines gloss supports (README "Speed"):
// - marked-terminal imports cli-highlight (highlight.js and its ~190 grammars, registered as it loads),
//   node-emoji and supports-hyperlinks (supports-color, node:tty) at its top, though read mode renders
//   no code block or link and turns emoji off;
// - wrap-ansi measures every word with string-width, which segments any non-ASCII word into graphemes
//   (a curly quote is enough); narrow-width.ts answers alone for one-column text;
// - chalk's own colour detection loads tty (and net, stream): gloss decides colour itself
//   (src/output/terminal.ts) and hands chalk an explicit level;
// - commander loads child_process for executable subcommands, which gloss has none of.
import { join } from 'node:path';

export const REDIRECTS = [
  { specifier: 'cli-highlight', importer: 'marked-terminal', to: 'src/vendor-stubs/cli-highlight.ts' },
  { specifier: 'node-emoji', importer: 'marked-terminal', to: 'src/vendor-stubs/node-emoji.ts' },
  { specifier: 'supports-hyperlinks', importer: 'marked-terminal', to: 'src/vendor-stubs/supports-hyperlinks.ts' },
  { specifier: 'string-width', importer: 'wrap-ansi', to: 'src/output/narrow-width.ts' },
  { specifier: '#supports-color', importer: 'chalk', to: 'src/vendor-stubs/supports-color.ts' },
  { specifier: 'node:child_process', importer: 'commander', to: 'src/vendor-stubs/lazy-child-process.ts' },
];

/** The redirect for `specifier` imported from the file at `importer` (a path or file: URL), if any. */
export function redirectFor(specifier, importer) {
  return REDIRECTS.find((r) => r.specifier === specifier && new RegExp(`[\\\\/]node_modules[\\\\/]${r.importer}[\\\\/]`).test(importer ?? ''));
}

export function esbuildWiring(root) {
  return {
    name: 'gloss-wiring',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(${REDIRECTS.map((r) => r.specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`) }, (args) => {
        const r = redirectFor(args.path, args.importer);
        return r ? { path: join(root, r.to) } : undefined;
      });
    },
  };
}
