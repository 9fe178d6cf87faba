/**
 * The skill-level step between the per-file analyzers and the verdict: facts about paths that one
 * file leaves and another picks up. An analyzer reports, besides its findings, where its file
 * saves downloaded data (`curl -o P`, `wget -O P`, `urlretrieve(url, P)`, a response written to
 * P) and which paths it runs, sources or loads unsafely (`bash P`, `./P`, `source P`,
 * `exec(open(P).read())`, `pickle.load(open(P, 'rb'))`, `require(P)`, `fork(P)`). A path saved
 * from the network by one file and run by another is download-and-execute split across files;
 * the per-file rules only see each half. Same-file pairs count too when no per-file rule of the
 * file already reported download-and-execute. A known text one file writes (`printf '…' > P`)
 * to a path a file runs is analysed as the code it is, its threats reported at the write.
 *
 * Paths are compared after placing them in the skill: `$SKILL/x` (the script's folder, see
 * code/value.ts) and a relative path are tried against the file's folder and the skill root;
 * unknown pieces (`"$DIR/env.sh"`) compare as a wildcard only when the rest ends in a file name.
 * Bounded: at most MAX_FACTS facts per scan are kept.
 */
import { escapeRegExp, type Rule, type RuleLanguage, type RuleSet } from '@skillgate/rules';
import type { Finding } from '../types.js';
import { findingFor } from './finding.js';
import { capRule } from '../capabilities/compare.js';
import { READS_STDIN } from '../analyzers/bash/facts.js';

/** what an analyzer reports about a path (line: 1-based in the analysed file) */
export type LinkFact =
  | {
      kind: 'download';
      path: string;
      line: number;
      /** the addresses the data was fetched from, when every one is written out */
      from?: string[];
    }
  | {
      /** the file writes this known text to the path (`printf '…' > P`) */
      kind: 'write';
      path: string;
      line: number;
      text: string;
    }
  | {
      kind: 'run';
      path: string;
      line: number;
      /** in words: `runs`, `sources`, `loads`, `makes executable` */
      how: string;
      /** the language the path is run as, when an interpreter of one of ours runs it */
      language?: 'bash' | 'python' | 'javascript';
    }
  | {
      /** the output of the script at `path` is piped into the script at `to` (`a.sh | python3 b.py`) */
      kind: 'pipe';
      path: string;
      to: string;
      line: number;
    };

export type PlacedLink = LinkFact & { file: string };

const MAX_FACTS = 512;

/** unknown pieces of a path: the bash analyzer's and the code analyzers' placeholders */
const HOLES = /[\u0001\uFFFF]+/g;

function dirOf(p: string): string {
  return p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '';
}

/** `a/b/../c` → `a/c` (path segments in; empty ones and `.` dropped); undefined when it leaves the root */
export function normalizePath(parts: readonly string[]): string | undefined {
  const out: string[] = [];
  for (const p of parts) {
    if (!p || p === '.') continue;
    if (p === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(p);
  }
  return out.join('/');
}

/**
 * The keys a path may stand for, seen from `file`: an absolute or home path is itself; a path in
 * the skill (`$SKILL/x`, `x`) is `skill:` plus its place from the file's folder and from the root.
 * Unknown pieces become `*`; such a path keeps only a key ending in a file name of 3+ characters.
 */
export function linkKeys(file: string, path: string): string[] {
  // a glob the script wrote over files of one kind (`lib/*.sh`), not an unknown piece
  const written = path.trim();
  const glob = GLOB_BASE.test(written.slice(written.lastIndexOf('/') + 1));
  let p = written.replace(HOLES, '*');
  if (!p || p === '*' || p === '-' || p.startsWith('/dev/')) return [];
  if (/^\$HOME(?=\/|$)/.test(p)) p = `~${p.slice(5)}`;
  p = p.replace(/\/+/g, '/').replace(/\/\.(?=\/)/g, '');
  // (its folder may start with one known only at run time: `"$DIR"/lib/*.sh`)
  if (
    glob &&
    p
      .slice(0, p.lastIndexOf('/') + 1)
      .replace(/^\*\//, '')
      .includes('*')
  )
    return [];
  if (glob && p.startsWith('*/')) return [p];
  if (p.includes('*') && !glob) {
    // a wildcard must not swallow the file name: `*/env.sh` yes, `/tmp/*` no
    const base = p.slice(p.lastIndexOf('/') + 1);
    if (base.includes('*') || base.length < 3) return [];
    // the script's folder or another folder known only at run time: compare by what follows
    if (p.startsWith('*/')) return [`*${p.slice(1)}`];
    return [p];
  }
  if (p.startsWith('/') || p.startsWith('~')) return [p];
  const rel = p.replace(/^\$SKILL(?:\/|$)/, '').replace(/^\.\//, '');
  const keys = new Set<string>();
  for (const base of [dirOf(file), '']) {
    const n = normalizePath([...base.split('/'), ...rel.split('/')]);
    if (n) keys.add(`skill:${n}`);
  }
  return [...keys];
}

/**
 * What the skill says of itself, for its own install: the repositories it names as its home
 * (SKILL.md `homepage`/`repository`, skill.json's, package.json's; as `host/owner/name`) and
 * whether it ships a file (a path from its root).
 */
export interface OwnSkill {
  /** the repositories the skill names as its home; read only when a download meets a run */
  repos: () => readonly string[];
  ships: (path: string) => boolean;
  /** the text of a file the skill ships (a path from its root) */
  text?: (path: string) => string | undefined;
  /** the language a shipped file was analyzed as (by its name or shebang) */
  language?: NameLanguage;
}

/**
 * A repository address as `host/owner/name` (`https://github.com/o/r.git`, `git@github.com:o/r`,
 * `git+https://…`), lower-case; undefined for anything else (a raw file, an archive, a query).
 */
export function repoOf(url: string): string | undefined {
  const m =
    /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/\s]+@)?([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(
      url.trim(),
    ) ??
    /^(?:[\w.-]+@)?([a-z0-9.-]+\.[a-z]{2,}):([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return m ? `${m[1]}/${m[2]}/${m[3]}`.toLowerCase() : undefined;
}

/**
 * a file name the script globs over files of one kind (`*.sh`, `plugin-*.py`): a `*` written in
 * the path, with an extension after it, and no unknown piece
 */
const GLOB_BASE = /^[\w.-]*\*[\w-]*\.[A-Za-z0-9]{1,8}$/;

/** does the glob key `run` (`skill:scripts/lib/*.sh`) match the downloaded key */
function globReaches(download: string, run: string): boolean {
  const cut = run.lastIndexOf('/') + 1;
  const base = run.slice(cut);
  const re = new RegExp(`^${base.split('*').map(escapeRegExp).join('[^/]*')}$`);
  const dir = download.slice(0, download.lastIndexOf('/') + 1);
  const runDir = run.slice(0, cut);
  // a folder known only at run time (`*/lib/`): the same tail, as reaches compares files
  const same = runDir.startsWith('*/')
    ? `/${dir.replace(/^(?:skill:|\*\/)/, '')}`.endsWith(runDir.slice(1))
    : dir === runDir;
  return same && re.test(download.slice(download.lastIndexOf('/') + 1));
}

/** does a run key name the downloaded key (the same file, or a file under a downloaded folder) */
function reaches(download: string, run: string): boolean {
  if (download === run) return true;
  if (GLOB_BASE.test(run.slice(run.lastIndexOf('/') + 1)) && globReaches(download, run))
    return true;
  if (download.startsWith('*') || run.startsWith('*')) {
    // `*/env.sh` against `skill:scripts/env.sh` or `~/x/env.sh`: the same tail
    const tail = (k: string) => (k.startsWith('*') ? k.slice(1) : undefined);
    const a = tail(download);
    const b = tail(run);
    if (a && b) return a === b;
    if (a) return `/${run.replace(/^skill:/, '')}`.endsWith(a);
    if (b) return `/${download.replace(/^skill:/, '')}`.endsWith(b);
  }
  // a file inside a folder a download wrote (`git clone URL /tmp/x` … `bash /tmp/x/install.sh`)
  return run.startsWith(`${download}/`);
}

export class Links {
  private readonly facts: PlacedLink[] = [];
  /** file, kind, path and line of each fact kept: the same fact reported twice is kept once */
  private readonly seen = new Set<string>();

  add(file: string, fact: LinkFact): void {
    if (this.facts.length >= MAX_FACTS) return;
    const key = JSON.stringify([file, fact.kind, fact.path, fact.line, 'to' in fact && fact.to]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.facts.push({ ...fact, file });
  }

  get size(): number {
    return this.facts.length;
  }

  /**
   * Findings of the `linked: secret-pipe` rule: a script of the skill whose file reads a
   * credential file or the environment, piped into a script of the skill that reads its input and
   * sends over the network (`bash gather.sh | python3 send.py` in SKILL.md or a script): what one
   * prints the other sends, a flow neither file shows alone. cap-exfiltration judges where it goes.
   */
  private piped(rules: RuleSet, found: readonly Finding[], own?: OwnSkill): Finding[] {
    const rule = linkedRule(rules, 'secret-pipe');
    if (!rule || !own?.text) return [];
    const out: Finding[] = [];
    for (const p of this.facts) {
      if (p.kind !== 'pipe') continue;
      const from = shippedFile(p.file, p.path, own);
      const to = shippedFile(p.file, p.to, own);
      if (!from || !to || from === to) continue;
      const read = found.find(
        (f) => f.file === from && (f.threat === 'sensitive-read' || f.threat === 'secrets'),
      );
      const send = found.find(
        (f) =>
          f.file === to &&
          f.sends !== false &&
          (f.threat === 'egress' || f.capability?.kind === 'network'),
      );
      const text = read && send ? own.text(to) : undefined;
      if (!read || !send || !text || !(READS_STDIN.test(text) || TAKES_STDIN.test(text))) continue;
      out.push(
        findingFor(rule, {
          file: send.file,
          line: send.line,
          evidence: send.evidence,
          message: `${rule.message} (${p.file}:${p.line} pipes ${from} into ${to}; ${read.file}:${read.line} ${read.ruleId} → ${send.file}:${send.line})`,
        }),
      );
      if (out.length >= 16) break;
    }
    return out;
  }

  /**
   * A file the skill ships that an interpreter runs as another language than its name says
   * (`python3 assets/model.cfg`, `bash scripts/helper.dat`, `source ./settings.conf`,
   * `node -r ./theme.css`, `exec(open('rules.yaml').read())`): it was analyzed by its name, as
   * text or data; here it is analyzed again as the code it is run as, each finding kept in that
   * file and saying what runs it. Once per file and language.
   */
  private runAs(
    runs: readonly PlacedLink[],
    found: readonly Finding[],
    analyze: (file: string, text: string, language: RuleLanguage) => Finding[],
    own: OwnSkill,
  ): Finding[] {
    const out: Finding[] = [];
    const done = new Set<string>();
    // what the file's own analysis already reported there is not said twice
    const had = new Set(found.map((f) => `${f.ruleId}\0${f.file}\0${f.line}`));
    for (const r of runs) {
      if (r.kind !== 'run' || !r.language) continue;
      const target = shippedFile(r.file, r.path, own);
      if (!target || done.has(`${target}\0${r.language}`)) continue;
      done.add(`${target}\0${r.language}`);
      const text = own.text?.(target);
      if (!text || own.language?.(target, text) === r.language) continue;
      for (const f of analyze(target, text, r.language))
        if (!had.has(`${f.ruleId}\0${f.file}\0${f.line}`))
          out.push({ ...f, decodedFrom: `run as ${r.language} by ${r.file}:${r.line}` });
      if (done.size >= 16) break;
    }
    return out;
  }

  /**
   * Findings of the `linked: download-exec` rule: each path run by one file and saved from the
   * network by another (or by the same file when nothing there reported download-and-execute);
   * and of `linked: own-install` where the download is the skill's own install (below).
   */
  findings(
    rules: RuleSet,
    found: readonly Finding[],
    analyze?: (file: string, text: string, language: RuleLanguage) => Finding[],
    own?: OwnSkill,
  ): Finding[] {
    const out: Finding[] = this.piped(rules, found, own);
    const runs = this.facts.filter((f) => f.kind === 'run');
    if (!runs.length) return out;
    if (analyze && own?.text) out.push(...this.runAs(runs, found, analyze, own));
    const keysOf = new Map<PlacedLink, string[]>();
    const keys = (f: PlacedLink) => {
      let k = keysOf.get(f);
      if (!k) keysOf.set(f, (k = linkKeys(f.file, f.path)));
      return k;
    };
    const runOf = (w: PlacedLink) =>
      runs.find((r) => keys(w).some((a) => keys(r).some((b) => reaches(a, b))));
    // a file whose text the skill writes and then runs: that text is code, analysed as such
    if (analyze)
      for (const w of this.facts) {
        if (w.kind !== 'write') continue;
        const r = runOf(w);
        if (!r) continue;
        const lang: RuleLanguage = /\.py$/i.test(w.path)
          ? 'python'
          : /\.(?:m|c)?js$/i.test(w.path)
            ? 'javascript'
            : 'bash';
        for (const f of analyze(w.file, w.text, lang))
          if (f.category === 'threat')
            out.push({
              ...f,
              line: w.line,
              decodedFrom: `written to ${w.path.replace(HOLES, '…')}, run by ${r.file}:${r.line}`,
            });
      }
    const downloads = this.facts.filter((f) => f.kind === 'download');
    if (!downloads.length) return out;
    const rule = linkedRule(rules, 'download-exec');
    if (!rule) return out;
    const reported = new Set(
      found
        .filter((f) => f.threat === 'download-exec' || f.threat === 'remote-code')
        .map((f) => f.file),
    );
    // the skill's own install: a clone of the repository the skill names as its home, and what
    // runs from it a file the skill ships (`git clone https://host/o/me; cp -r me
    // ~/.claude/skills/me` in its README, `node ~/.claude/skills/me/src/x.js` in a step). No
    // stranger's code: in two files it is a manual install for people beside the skill's own
    // steps, which run the installed (scanned) files. In one file (a setup script, SKILL.md's
    // own steps) the clone is part of what runs, and what runs is the repository's code at that
    // time, not the files scanned and attested here: `own-install`, a review. A clone of any
    // other address, a file fetched on its own, or a path in the clone the skill does not ship
    // is still downloaded code
    const ownRepos = new Set(own?.repos() ?? []);
    const selfInstall = (d: PlacedLink, a: string, b: string): boolean => {
      if (d.kind !== 'download' || !own || !ownRepos.size || !d.from?.length) return false;
      if (!d.from.every((u) => ownRepos.has(repoOf(u) ?? ''))) return false;
      if (a.includes('*') || b.includes('*')) return false;
      // the clone's own folder named as a command (`~/.claude/skills/me` in a span) runs nothing
      if (b === a) return true;
      return b.startsWith(`${a}/`) && own.ships(b.slice(a.length + 1));
    };
    const ownRule = linkedRule(rules, 'own-install');
    const seen = new Set<string>();
    for (const r of runs) {
      const rk = keys(r);
      if (!rk.length) continue;
      const id = `${r.file}\0${r.line}`;
      if (seen.has(id)) continue;
      const unreported = downloads.filter((d) => d.file !== r.file || !reported.has(r.file));
      const reach = (self: boolean) =>
        unreported.find((d) =>
          keys(d).some((a) => rk.some((b) => reaches(a, b) && selfInstall(d, a, b) === self)),
        );
      const d = reach(false);
      if (d) {
        seen.add(id);
        const what = r.how === 'makes executable' ? 'makes executable' : r.how;
        out.push(
          findingFor(rule, {
            file: r.file,
            line: r.line,
            evidence: `${d.file}:${d.line} saves ${d.path.replace(HOLES, '…')} from the network; ${r.file}:${r.line} ${what} it`,
            message: `${rule.message} (${d.file}:${d.line} downloads to ${d.path.replace(HOLES, '…')}; ${r.file}:${r.line} ${what} it)`,
          }),
        );
        continue;
      }
      const mine = ownRule && reach(true);
      // the clone's folder itself named as a command runs nothing
      if (!ownRule || !mine || mine.file !== r.file || r.how === 'makes executable') continue;
      if (!keys(mine).some((a) => rk.some((b) => b !== a && reaches(a, b)))) continue;
      seen.add(id);
      out.push(
        findingFor(ownRule, {
          file: r.file,
          line: r.line,
          evidence: `${mine.file}:${mine.line} clones ${mine.from?.[0] ?? 'the skill'}; ${r.file}:${r.line} ${r.how} ${r.path.replace(HOLES, '…')} from it`,
        }),
      );
    }
    return out;
  }
}

/** what a script reading its input takes in: stdin in code, `curl -d @-`, `-T -`, `$(cat)` */
const TAKES_STDIN = /@-(?=["'\s]|$)|(?:^|\s)-T\s+-(?=\s|$)|\$\(cat\)/m;

/** the skill file a path of a pipe stands for (`skill:` keys only: a file the skill ships) */
function shippedFile(file: string, path: string, own: OwnSkill): string | undefined {
  for (const k of linkKeys(file, path))
    if (k.startsWith('skill:') && own.ships(k.slice(6))) return k.slice(6);
  return undefined;
}

/** the language a file is analyzed as by its name (or, without an extension, its shebang) */
export type NameLanguage = (path: string, text: string) => RuleLanguage;

/**
 * the capability rule whose `match` is `{ linked: kind }`, looked up once per rule set (a search
 * of every rule, three per scan, cost as much as a small file's analysis)
 */
function linkedRule(rules: RuleSet, kind: string): Rule | undefined {
  return capRule(rules, 'linked', kind);
}
