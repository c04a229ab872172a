#!/usr/bin/env node
// The installed command. The CLI is bundled into dist/ at install time (npm's `prepare`), so running
// gloss never compiles TypeScript; dist/gloss.js switches on Node's compile cache before the rest of
// gloss loads (src/cli/start.ts).
import '../dist/gloss.js';
