/**
 * gloss's entry point (bin/gloss.js requires the bundle made from this file, dist/start.js).
 *
 * Before the rest of gloss loads, Node's own compile cache is switched on in gloss's cache folder
 * (`module.enableCompileCache`, Node ≥ 22.1): every later run takes V8's compiled code for the CLI
 * bundle from there instead of compiling it again. Node keys each entry by the source's hash and V8
 * checks its own version and flags, so a stale entry is ignored, never run; the folder is used only when
 * it is the user's own and not writable by others (a cache someone else could write is code someone
 * else could run).
 *
 * The CLI is one CommonJS file (dist/gloss.js), not ES module chunks: measured side by side on Node 24,
 * the same code as two dozen ES modules cost a quarter more CPU to start (linking and instantiating
 * each), where one script costs one compile-cache lookup.
 */
import { enableCompileCache } from 'node:module';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheDir, privateFolder } from '../corpus/cache-dir.js';
import { startEarlyThread } from './early-thread.js';

const dir = cacheDir();
if (dir && privateFolder(dir)) enableCompileCache(join(dir, 'compile'));

// Before the CLI loads: a thread starts in some 100 ms, the time gloss takes to load and open a database.
startEarlyThread(process.argv.slice(2), process.env);

// Required only now, so that the compile cache serves it.
const cli = createRequire(import.meta.url)('./gloss.js') as { main(argv: string[]): Promise<void> };
void cli.main(process.argv);
