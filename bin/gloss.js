#!/usr/bin/env node
// The installed command. The CLI is bundled into dist/ at install time (npm's `prepare`), so running
// gloss never compiles TypeScript; dist/start.js switches on Node's compile cache before the rest of
// gloss loads (src/cli/start.ts). This file stays plain enough for any Node.js to parse, so that an
// old one is told what gloss needs instead of failing on a missing built-in (package.json `engines`).
import { createRequire } from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(`gloss: needs Node.js 22.13 or later (for node:sqlite and the compile cache); this is ${process.version}\n`);
  process.exitCode = 2;
} else {
  createRequire(import.meta.url)('../dist/start.js');
}
