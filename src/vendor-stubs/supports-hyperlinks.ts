/**
 * Stands in for supports-hyperlinks in the bundle (scripts/wiring.mjs): marked-terminal imports it to
 * decide whether a Markdown link becomes a terminal hyperlink (OSC 8). Read mode hands marked-terminal
 * no link (src/read/header.ts builds its tokens), and corpus text must never drive the terminal with
 * one; loading the real module also loads supports-color and node:tty (with net and stream).
 */
export default { stdout: false, stderr: false };
