#!/usr/bin/env node
// The installed command. The CLI is bundled into dist/ at install time (npm's `prepare`), so running
// gloss never compiles TypeScript.
import { main } from '../dist/gloss.js';

await main(process.argv);
