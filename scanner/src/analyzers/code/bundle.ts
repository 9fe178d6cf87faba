/**
 * The vendored modules of a bundle. esbuild, Rollup and webpack keep each bundled module's source
 * path beside its code: a comment line (`// ../node_modules/ajv/dist/compile/index.js`, `// src/
 * index.ts`), a `__commonJS({ "path"(exports, module) {` key, a webpack `/***\/ "path":` entry.
 * A module from `node_modules/` is a library's code, not the skill's: a rule that joins two
 * facts of one file (`fileAlso`: "evaluates code in a file that also downloads") must not join a
 * library's code generator (ajv compiles schemas with `new Function`) with the skill's own fetch
 * far away in the same bundle. Code outside every marker, or under a marker of the skill's own
 * source, is the skill's.
 */

/** a line naming a bundled module's source path */
const MARKER =
  /^(?:\/\/ ((?:\.\.?\/)*[\w@./+-]+\.(?:[cm]?[jt]sx?|json))|\s*"((?:\.\.?\/)*[\w@./+-]+\.(?:[cm]?[jt]sx?|json))"\s*(?:\(|:\s*(?:\/\*+\/\s*)?\(?\s*(?:function\b|\())|\/\*{3}\/ "((?:\.\.?\/)*[\w@./+-]+)":)/;
const VENDORED = /(?:^|\/)node_modules\//;

/**
 * The scope of each line (1-based) of a bundle: the vendored module's path for lines of a module
 * from `node_modules/`, '' for the skill's own code. Undefined when the file names no vendored
 * module (not a bundle, or nothing vendored): every line is the skill's.
 */
export function bundleScopes(text: string): ((line: number) => string) | undefined {
  if (!text.includes('node_modules/')) return undefined;
  /** [first line, path] of each marker, in order */
  const marks: Array<[number, string]> = [];
  let line = 1;
  let vendored = false;
  for (let i = 0; i < text.length;) {
    const end = text.indexOf('\n', i);
    const stop = end < 0 ? text.length : end;
    // markers are short lines; a minified line is never one
    if (stop - i < 512) {
      const m = MARKER.exec(text.slice(i, stop));
      const p = m?.[1] ?? m?.[2] ?? m?.[3];
      if (p !== undefined) {
        marks.push([line, p]);
        if (VENDORED.test(p)) vendored = true;
      }
    }
    i = stop + 1;
    line++;
  }
  if (!vendored) return undefined;
  return (n: number): string => {
    // the last marker at or above the line
    let lo = 0;
    let hi = marks.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((marks[mid] as [number, string])[0] <= n) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const p = at < 0 ? '' : (marks[at] as [number, string])[1];
    return VENDORED.test(p) ? p : '';
  };
}
