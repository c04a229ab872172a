/**
 * gloss's entry point (bin/gloss.js imports the bundle made from this file).
 *
 * Before the rest of gloss loads, Node's own compile cache is switched on in gloss's cache folder
 * (`module.enableCompileCache`, Node ≥ 22.1): every later run takes V8's compiled code for the bundle
 * from there instead of compiling it again, which is most of what a short command would spend beyond
 * Node's own start. Node keys each entry by the source's hash and V8 checks its own version and flags, so
 * a stale entry is ignored, never run; the folder is used only when it is the user's own and not
 * writable by others (a cache someone else could write is code someone else could run).
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { cacheDir, privateFolder } from '../corpus/cache-dir.js';

const dir = cacheDir();
if (dir && privateFolder(dir)) enableCompileCache(join(dir, 'compile'));

const { main } = await import('./main.js');
await main(process.argv);
