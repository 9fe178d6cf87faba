/**
 * The static scan of one skill: files in, ScanReport out. Pure apart from the clock; `scanPath`
 * is the IO edge that reads a folder or a .tgz.
 */
import { readFile, stat } from 'node:fs/promises';
import {
  collectFiles,
  parseManifest,
  readTarball,
  validCapabilityEntries,
  type Capabilities,
  type Manifest,
} from '@skillgate/format';
import { loadRules, type RuleLanguage, type RuleSet } from '@skillgate/rules';
import type { Analyzer } from '../analyzer.js';
import { analyzers as defaultAnalyzers } from '../analyzers/index.js';
import { compareCapabilities } from '../capabilities/compare.js';
import type { Finding, ScanReport } from '../types.js';
import { decideVerdict } from '../verdict/verdict.js';
import { ARCHIVE_OPENED, BINARY_ASSET, MANIFEST_INVALID, UNANALYZABLE } from './builtin.js';
import { MEMBER_SEPARATOR, withArchiveMembers } from './archive.js';
import { withSourceMapSources } from './sourcemap.js';
import { dedupe, findingFor } from './finding.js';
import { homeAddresses, metadataHints, skillNames } from './hints.js';
import { repoOf } from './links.js';
import { decodeText, detectLanguage, mediaKind } from './language.js';
import type { ResolvedOptions, ScanOptions } from './options.js';
import { makeRouter } from './route.js';

export const SCANNER_VERSION = '0.1.0';

export interface ScanInputFile {
  path: string;
  bytes: Uint8Array;
}

const ruleCache = new WeakMap<readonly Analyzer[], RuleSet>();

/** Loads the default rules, each `match` validated by the analyzer of its language. */
export function defaultRules(analyzers: readonly Analyzer[] = defaultAnalyzers): RuleSet {
  let rules = ruleCache.get(analyzers);
  if (!rules) {
    const matchers: Partial<Record<RuleLanguage, (m: Record<string, unknown>) => string[]>> = {};
    for (const a of analyzers)
      for (const l of a.languages) matchers[l] ??= (m) => a.validateMatch(m);
    rules = loadRules(undefined, matchers);
    ruleCache.set(analyzers, rules);
  }
  return rules;
}

/**
 * The default time budget of one skill's static scan: 5 s, or SKILLGATE_SCAN_BUDGET_MS when set
 * (a slow or shared host; the test suite, whose verdicts must not depend on the machine's load:
 * speed is the benchmarks' business). A value that is not a positive number is refused by name.
 */
function defaultBudget(): number {
  const raw = process.env['SKILLGATE_SCAN_BUDGET_MS'];
  if (raw === undefined || raw === '') return 5000;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0)
    throw new RangeError(
      `SKILLGATE_SCAN_BUDGET_MS must be a positive number of milliseconds, not "${raw}"`,
    );
  return ms;
}

function resolve(options: ScanOptions): ResolvedOptions {
  const analyzers = options.analyzers ?? defaultAnalyzers;
  return {
    analyzers,
    rules: options.rules ?? defaultRules(analyzers),
    budgetMs: options.budgetMs ?? defaultBudget(),
    maxFileBytes: options.maxFileBytes ?? 1024 * 1024,
    maxEmbedDepth: options.maxEmbedDepth ?? 4,
    now: options.now ?? (() => new Date()),
  };
}

/**
 * The skill's manifest; for one that fails validation, a manifest-invalid finding and the
 * capability entries it spells in a valid form (`broken`): what the skill is judged against then,
 * so a broken manifest of ours never softens a verdict (one whose `capabilities` declare nothing
 * valid is judged as an empty manifest, not as none). A skill.json with no `capabilities` at all
 * is another tool's and leaves the skill judged as one without a manifest.
 */
function readManifest(
  files: readonly ScanInputFile[],
  findings: Finding[],
): { manifest?: Manifest; broken?: Capabilities } {
  const f = files.find((x) => x.path === 'skill.json');
  if (!f) return {};
  const text = Buffer.from(f.bytes).toString('utf8');
  try {
    return { manifest: parseManifest(text) };
  } catch (e) {
    findings.push(
      findingFor(MANIFEST_INVALID, {
        file: 'skill.json',
        line: 0,
        message: `skill.json is not a valid manifest: ${(e as Error).message}`,
      }),
    );
    // another tool's skill.json (no `capabilities`: prompt generators, starter kits ship one) or
    // text that is no JSON object declares nothing of ours: the skill is judged as one without a
    // manifest, its verdict resting on threats, and manifest-invalid holds it for review
    return declaresCapabilities(text) ? { broken: validCapabilityEntries(text) ?? {} } : {};
  }
}

/** is this skill.json text a JSON object with a `capabilities` key (a manifest of ours, maybe broken) */
function declaresCapabilities(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) && 'capabilities' in v;
  } catch {
    return false;
  }
}

/**
 * A small skill with a file of each analyzed language, scanned once per rule set and analyzers
 * before the first real scan's clock starts: loading the grammars, building the prose rules'
 * literal automata and compiling patterns on first use took 0.5–6 s on a loaded machine, all of
 * it counted against the first skill's budget, which then ended `unanalyzable`. The budget is for
 * the skill's own analysis.
 */
const WARM_UP: readonly ScanInputFile[] = Object.entries({
  'SKILL.md':
    '---\nname: warm-up\ndescription: d\n---\n\nRun `./run.sh`.\n\n```bash\necho ok\n```\n',
  'run.sh': '#!/bin/sh\necho "$HOME"\n',
  'main.py': 'import os\nprint(os.getcwd())\n',
  'main.js': "const fs = require('fs');\nconsole.log(fs.existsSync('x'));\n",
  'main.ts': 'export const x: number = 1;\n',
  'main.ps1': 'Write-Output $env:USERPROFILE\n',
  'notes.txt': 'plain text\n',
  'package.json': '{"name":"warm-up","version":"1.0.0"}\n',
}).map(([path, text]) => ({ path, bytes: Buffer.from(text) }));
const warmed = new WeakMap<readonly Analyzer[], WeakSet<RuleSet>>();

function warmUp(options: ScanOptions, opts: ResolvedOptions): void {
  let sets = warmed.get(opts.analyzers);
  if (!sets) warmed.set(opts.analyzers, (sets = new WeakSet()));
  if (sets.has(opts.rules)) return;
  sets.add(opts.rules);
  scanFiles(WARM_UP, {
    ...options,
    rules: opts.rules,
    analyzers: opts.analyzers,
    budgetMs: Infinity,
  });
}

export function scanFiles(input: readonly ScanInputFile[], options: ScanOptions = {}): ScanReport {
  const opts = resolve(options);
  warmUp(options, opts);
  const t0 = performance.now();
  // the files inside shipped archives are scanned too, as `outer.zip!/inner`
  const opened = withArchiveMembers(input, opts.maxFileBytes);
  // and a source map's own sources, as `x.js.map!/src/a.ts` (sourcemap.ts)
  const files = withSourceMapSources(opened.files, opts.maxFileBytes).sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const findings: Finding[] = [];
  const { manifest, broken } = readManifest(files, findings);
  // each file is decoded once: for the metadata hints and again for its analyzer
  const decoded = new Map<ScanInputFile, string | undefined>();
  const decode = (f: ScanInputFile) => {
    if (!decoded.has(f)) decoded.set(f, decodeText(f.bytes));
    return decoded.get(f);
  };
  // paths are unique (an archive holding one twice is refused when unpacked)
  const byPath = new Map(files.map((f) => [f.path, f]));
  const text = (p: string) => {
    const f = byPath.get(p);
    return f ? decode(f) : undefined;
  };
  const hints = metadataHints(text('SKILL.md'), text('_meta.json'));
  let names: string[] | undefined;
  let repos: string[] | undefined;
  const ownRepos = () =>
    (repos ??= homeAddresses(text('SKILL.md'), text('skill.json'), text('package.json'))
      .map(repoOf)
      .filter((r): r is string => r !== undefined));
  const router = makeRouter({
    ownNames: () => (names ??= skillNames(text('SKILL.md'), text('skill.json'))),
    ownRepos,
    paths: () => files.map((f) => f.path),
    analyzers: opts.analyzers,
    rules: opts.rules,
    deadline: t0 + opts.budgetMs,
    maxDepth: opts.maxEmbedDepth,
    maxBytes: opts.maxFileBytes,
    sibling: (p) => {
      const f = byPath.get(p);
      const body = f && f.bytes.length <= opts.maxFileBytes ? decode(f) : undefined;
      return body?.startsWith('\uFEFF') ? body.slice(1) : body;
    },
  });
  const unanalyzable = (path: string, why: string) =>
    findingFor(UNANALYZABLE, {
      file: path,
      line: 0,
      message: `${path} could not be analyzed: ${why}.`,
    });

  for (const f of files) {
    if (performance.now() > t0 + opts.budgetMs) {
      findings.push(
        unanalyzable(f.path, 'the scan time budget ran out before this file was reached'),
      );
      continue;
    }
    if (f.bytes.length > opts.maxFileBytes) {
      findings.push(
        unanalyzable(
          f.path,
          `it is ${f.bytes.length} bytes, over the ${opts.maxFileBytes}-byte analysis limit`,
        ),
      );
      continue;
    }
    const archive = opened.archives.get(f.path);
    if (archive) {
      findings.push(
        'error' in archive
          ? unanalyzable(f.path, archive.error)
          : findingFor(ARCHIVE_OPENED, {
              file: f.path,
              line: 0,
              message: `${f.path} is a ${archive.kind}; its ${archive.members} file${archive.members === 1 ? ' was' : 's were'} analyzed as ${f.path}${MEMBER_SEPARATOR}….`,
            }),
      );
      continue;
    }
    const body = decode(f);
    if (body === undefined) {
      const media = mediaKind(f.bytes);
      findings.push(
        media
          ? findingFor(BINARY_ASSET, {
              file: f.path,
              line: 0,
              message: `${f.path} is a ${media} file (not analyzed as code).`,
            })
          : unanalyzable(f.path, 'it is a binary file'),
      );
      continue;
    }
    const source = body.startsWith('\uFEFF') ? body.slice(1) : body;
    findings.push(...router.analyze(f.path, source, detectLanguage(f.path, source), 0));
  }
  // the skill-level step: a path one file saves from the network and another runs
  findings.push(
    ...router.links.findings(
      opts.rules,
      findings,
      (file, text, lang) => router.analyzeText(file, text, lang),
      {
        repos: ownRepos,
        ships: (p) => byPath.has(p),
        text,
        language: detectLanguage,
      },
    ),
  );
  const staticMs = performance.now() - t0;
  const urlHosts = (path: string): string[] => {
    const f = byPath.get(path);
    const body = f ? decode(f) : undefined;
    if (!body) return [];
    return [
      ...body.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'`]*@)?([a-z0-9.-]+|\[[0-9a-f:]+\])/gi),
    ].map((m) => (m[1] as string).toLowerCase());
  };
  let folders: Set<string> | undefined;
  const caps = compareCapabilities(
    findings,
    manifest?.capabilities ?? broken,
    opts.rules,
    hints,
    urlHosts,
    (path) => {
      const f = byPath.get(path);
      return f ? decode(f) : undefined;
    },
    () => (names ??= skillNames(text('SKILL.md'), text('skill.json'))),
    {
      ships: (p) => byPath.has(p) || (folders ??= folderSet(files)).has(p),
      broken: broken !== undefined,
    },
  );
  const all = dedupe([...findings, ...caps.findings]);
  const { verdict, summary } = decideVerdict(all);
  const report: ScanReport = {
    schemaVersion: 1,
    skill: { hasManifest: manifest !== undefined },
    verdict,
    summary,
    findings: all,
    capabilities: hints ? { ...caps.report, hints } : caps.report,
    timings: {
      static: round(staticMs),
      total: round(performance.now() - t0),
      ...roundAll(router.timings),
    },
    scanner: { version: SCANNER_VERSION, rulesVersion: opts.rules.version },
    scannedAt: opts.now().toISOString(),
  };
  if (manifest)
    report.skill = { name: manifest.name, version: manifest.version, hasManifest: true };
  return report;
}

/** every folder that holds a file of the skill (`scripts`, `references/img`) */
function folderSet(files: readonly ScanInputFile[]): Set<string> {
  const out = new Set<string>();
  for (const f of files)
    for (let i = f.path.indexOf('/'); i > 0; i = f.path.indexOf('/', i + 1))
      out.add(f.path.slice(0, i));
  return out;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function roundAll(t: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [`static.${k}`, round(v)]));
}

/** Reads a skill folder or a `.tgz` (safely unpacked in memory). Throws FormatError on bad input. */
export async function loadScanInput(target: string): Promise<ScanInputFile[]> {
  const st = await stat(target);
  if (st.isDirectory()) return collectFiles(target);
  const bytes = await readFile(target);
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return gzip || /\.t(?:ar\.)?gz$/.test(target)
    ? readTarball(bytes)
    : [{ path: target.split('/').pop() ?? target, bytes }];
}

/** Reads a skill folder or a .tgz and scans it (static stage only). */
export async function scanPath(target: string, options: ScanOptions = {}): Promise<ScanReport> {
  return scanFiles(await loadScanInput(target), options);
}

export type { Capabilities };
