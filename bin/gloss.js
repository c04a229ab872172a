#!/usr/bin/env node
'use strict';
// The installed command. The CLI is bundled into dist/ at install time (npm's `prepare`), so running
// gloss never compiles TypeScript; dist/launch.js runs the bundle through V8's code cache
// (src/cli/launch.ts). CommonJS (bin/package.json): an ES module entry point costs more to start.
const { join } = require('node:path');

require('../dist/launch.js')
  .launch(join(__dirname, '..', 'dist', 'gloss.js'), process.argv)
  .catch((e) => {
    process.stderr.write(`gloss: cannot start: ${e instanceof Error ? e.message : String(e)} (was \`npm install\` run?)\n`);
    process.exitCode = 2;
  });
