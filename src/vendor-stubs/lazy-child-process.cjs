// commander requires child_process as it loads, for executable subcommands, which gloss has none of;
// loading it costs about 5 ms of every start. commander gets this stand-in, which loads the real
// module only if something of it is ever used (scripts/build.mjs points commander's import here).
'use strict';
let real;
module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });
