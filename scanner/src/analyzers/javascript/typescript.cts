/**
 * The TypeScript compiler API, loaded through `require`. An ESM `import ts from 'typescript'`
 * makes Node read the 9 MB typescript.js twice more before running it: once to detect whether it
 * is ESM (its package.json names no "type") and once with cjs-module-lexer to list its named
 * exports. That is most of a `skillgate scan`'s start-up. `module.exports = ts` (not
 * `= require(...)`) keeps the lexer from following the re-export into typescript.js.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point of this file
import ts = require('typescript');
export = ts;
