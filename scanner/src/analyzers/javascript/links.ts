/**
 * What a JS/TS file tells the skill-level step (engine/links.ts): where it saves downloaded data
 * (a file written with computed data by a file that fetches over HTTP), and which paths it runs
 * or loads as code (`require(P)`, `import(P)`, `fork(P)`, `new Worker(P)`, `execFile(P)`, or the
 * text of `readFileSync(P)` given to `eval`, `vm.runInThisContext`, `new Function` on its line, or
 * read into a name that such a call is given later: JsWalker.evalReads).
 */
import type { LinkFact } from '../../engine/links.js';
import type { CallFact, CodeFact } from '../code/facts.js';
import { HOLE, type Value } from '../code/value.js';

/** HTTP clients whose responses a file may save */
const FETCHES =
  /^(?:fetch|node-fetch|axios|got|ky|undici|superagent|needle|bent|phin|wretch|https?\.(?:get|request)|follow-redirects)(?:$|[.(])/;
/** writes of a whole file: [callee pattern, index of the path, index of the data (-1: a stream)] */
const WRITES: ReadonlyArray<[RegExp, number, number]> = [
  [/^(?:fs|fs-extra|graceful-fs)\.(?:promises\.)?(?:writeFile|outputFile)(?:Sync)?$/, 0, 1],
  [/^(?:fs|fs-extra|graceful-fs)\.createWriteStream$/, 0, -1],
  [/^Bun\.write$/, 0, 1],
];
/** calls that run the module or program at this argument */
const RUNS: ReadonlyMap<string, number> = new Map([
  ['require', 0],
  ['import', 0],
  ['child_process.fork', 0],
  ['worker_threads.Worker', 0],
  ['child_process.execFile', 0],
  ['child_process.execFileSync', 0],
  ['child_process.spawn', 0],
  ['child_process.spawnSync', 0],
  ['module.createRequire', 0],
  // process.dlopen(module, P) loads the native addon at P into the process
  ['process.dlopen', 1],
]);
/** calls that run text as code: given a file's text on the same line, they run that file */
export const EVALS =
  /^(?:eval|Function|vm\.(?:runInThisContext|runInNewContext|runInContext|compileFunction|Script|SourceTextModule))$/;
export const READS = /^(?:fs|fs-extra|graceful-fs)\.(?:promises\.)?readFile(?:Sync)?$/;

/** the modules a NODE_OPTIONS value makes every node process load first */
const PRELOADS =
  /(?:^|\s)(?:--require|-r|--import|--loader|--experimental-loader)(?:=|\s+)["']?([^\s"']+)/g;

function pathOf(v: Value | undefined): string | undefined {
  if (v?.kind !== 'str' || v.s === HOLE) return undefined;
  // a program looked up on PATH or a package name is no file of this skill's making
  return /[/\\]/.test(v.s) ? v.s : undefined;
}

export function reportJsLinks(
  facts: readonly CodeFact[],
  link: (fact: LinkFact) => void,
  evalReads: ReadonlyArray<{ path: string; line: number }> = [],
): void {
  for (const r of evalReads)
    link({ kind: 'run', path: r.path, line: r.line, how: 'loads', language: 'javascript' });
  const calls = facts.filter((f): f is CallFact => f.kind === 'call');
  const fetches = calls.some((f) => FETCHES.test(f.callee));
  const evalLines = new Set<number>();
  for (const f of calls) {
    if (EVALS.test(f.callee)) evalLines.add(f.line);
    const at = RUNS.get(f.callee);
    const path = at !== undefined ? pathOf(f.args[at]) : undefined;
    if (path !== undefined)
      link({
        kind: 'run',
        path,
        line: f.line,
        how: /^(?:require|import|process\.dlopen)$/.test(f.callee) ? 'loads' : 'runs',
        // require() runs a file of any name but .json (parsed) and .node (native) as JavaScript
        ...(/^(?:require|import)$/.test(f.callee) &&
          !/\.(?:json|node)$/i.test(path) && { language: 'javascript' as const }),
      });
    // a child started with NODE_OPTIONS="--require P" (or --import/--loader) loads P first
    const env = f.options.get('env');
    const nodeOptions = env?.kind === 'obj' ? env.props.get('NODE_OPTIONS') : undefined;
    if (nodeOptions?.kind === 'str')
      for (const m of nodeOptions.s.matchAll(PRELOADS)) {
        const p = m[1] as string;
        if (/[/\\]/.test(p) && !p.includes(HOLE))
          link({ kind: 'run', path: p, line: f.line, how: 'loads' });
      }
    if (!fetches) continue;
    for (const [rx, p, d] of WRITES) {
      if (!rx.test(f.callee)) continue;
      const target = pathOf(f.args[p]);
      const data = d < 0 ? undefined : f.args[d];
      // a literal written out is the file's own text, not a download
      if (target !== undefined && (d < 0 || data?.kind !== 'str' || data.s.includes(HOLE)))
        link({ kind: 'download', path: target, line: f.line });
    }
  }
  if (evalLines.size)
    for (const f of calls)
      if (evalLines.has(f.line) && READS.test(f.callee)) {
        const path = pathOf(f.args[0]);
        if (path !== undefined)
          link({ kind: 'run', path, line: f.line, how: 'loads', language: 'javascript' });
      }
}
