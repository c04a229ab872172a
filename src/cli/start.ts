/**
 * gloss's entry point (bin/gloss.js requires the bundle made from this file, dist/start.js).
 *
 * Before the rest of gloss loads: Node's own compile cache is switched on in gloss's cache folder
 * (`module.enableCompileCache`) for the bundles Node loads (the parsers, the writer's thread), and the
 * CLI bundle itself is loaded with the compiled code an earlier run left (code-cache.ts says why Node's
 * cache alone is not enough). Both only when the folder is the user's own and not writable by others:
 * a cache someone else could write is code someone else could run.
 *
 * The CLI is one CommonJS file (dist/gloss.js), not ES module chunks: measured side by side on Node 24,
 * the same code as two dozen ES modules cost a quarter more CPU to start (linking and instantiating
 * each), where one script is one compile with one cache.
 */
import { enableCompileCache } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD, cacheDir, privateFolder } from '../corpus/cache-dir.js';
import { cacheFileName, loadBundle } from './code-cache.js';
import { commandNamed } from './command-line.js';
import { startEarlyThread } from './early-thread.js';

const dir = cacheDir();
const own = dir !== null && privateFolder(dir) ? dir : null;
// The folder made first (cache-dir.ts makeFolder): Node's compile cache makes it with its own
// mkdir -p, which never ends where the folder cannot be made with ENOENT (procfs).
if (own && privateFolder(join(own, 'compile'))) enableCompileCache(join(own, 'compile'));
const codeDir = own && privateFolder(join(own, 'code')) ? join(own, 'code') : null;

// Before the CLI loads: a thread starts in some 100 ms, the time gloss takes to load and open a database.
startEarlyThread(process.argv.slice(2), process.env);

const bundle = join(dirname(fileURLToPath(import.meta.url)), 'gloss.js');
void loadBundle(bundle, codeDir && join(codeDir, cacheFileName(BUILD, commandNamed(process.argv.slice(2))))).main(process.argv);
