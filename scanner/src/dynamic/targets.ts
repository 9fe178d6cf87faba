/**
 * What the dynamic stage runs, in order: lifecycle scripts of a bundled package.json (they run on
 * install), then each shell block and each inline command SKILL.md tells the agent to run, in
 * document order, then every script by shebang or extension. Pure.
 */
import ts from '../analyzers/javascript/typescript.cjs';

export interface DynamicFile {
  path: string;
  bytes: Uint8Array;
  executable?: boolean;
}

export interface RunTarget {
  id: string;
  /** human description: `scripts/x.py`, `SKILL.md:12 (shell block)`, `package.json postinstall` */
  target: string;
  kind: 'lifecycle' | 'shell-block' | 'inline-command' | 'script';
  /** shown to the agent as an illustration: still run (threats count), capability notes are informational */
  reference?: boolean;
  file: string;
  line: number;
  argv: string[];
}

const SHELL_LANGS = new Set([
  '',
  'bash',
  'sh',
  'shell',
  'zsh',
  'console',
  'shell-session',
  'terminal',
]);
const LIFECYCLE = ['preinstall', 'install', 'postinstall', 'prepare'];
const SCRIPT_EXT: Record<string, 'python' | 'shell' | 'node' | 'typescript'> = {
  py: 'python',
  sh: 'shell',
  bash: 'shell',
  js: 'node',
  mjs: 'node',
  cjs: 'node',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
};
/** suffix of the JavaScript made from a TypeScript script */
export const TRANSPILED_SUFFIX = '.skillgate.mjs';

export function planRuns(files: readonly DynamicFile[]): {
  targets: RunTarget[];
  extraFiles: DynamicFile[];
} {
  const targets: RunTarget[] = [];
  const extraFiles: DynamicFile[] = [];
  const add = (t: Omit<RunTarget, 'id'>) => targets.push({ ...t, id: `run-${targets.length + 1}` });

  const pkg = files.find((f) => f.path === 'package.json');
  if (pkg) {
    const scripts = packageScripts(Buffer.from(pkg.bytes).toString('utf8'));
    for (const name of LIFECYCLE) {
      const cmd = scripts[name];
      if (cmd)
        add({
          target: `package.json ${name}`,
          kind: 'lifecycle',
          file: 'package.json',
          line: 0,
          argv: ['sh', '-c', cmd],
        });
    }
  }

  const md = files.find((f) => f.path === 'SKILL.md');
  if (md) {
    const seen = new Set<string>();
    for (const c of markdownCommands(Buffer.from(md.bytes).toString('utf8'))) {
      const text = withSkillDir(c.text).trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      add({
        target: `SKILL.md:${c.line} (${c.kind === 'shell-block' ? 'shell block' : 'inline command'})`,
        kind: c.kind,
        file: 'SKILL.md',
        line: c.line,
        argv: ['bash', '-c', text],
        ...(c.reference ? { reference: true } : {}),
      });
    }
  }

  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (f.path.includes('node_modules/') || /\.(md|json|txt|ya?ml|toml|lock)$/i.test(f.path))
      continue;
    const text = Buffer.from(f.bytes.subarray(0, 256)).toString('utf8');
    const kind = scriptKind(f.path, text);
    if (!kind) continue;
    let path = f.path;
    if (kind === 'typescript') {
      path = f.path + TRANSPILED_SUFFIX;
      extraFiles.push({
        path,
        bytes: Buffer.from(transpile(Buffer.from(f.bytes).toString('utf8'), f.path)),
      });
    }
    const interp = { python: 'python3', shell: shellFor(text), node: 'node', typescript: 'node' }[
      kind
    ];
    add({
      target: f.path,
      kind: 'script',
      file: f.path,
      line: 0,
      argv: [interp, `/skill/${path}`],
    });
  }
  return { targets, extraFiles };
}

function scriptKind(path: string, head: string): (typeof SCRIPT_EXT)[string] | undefined {
  if (head.startsWith('#!')) {
    const line = head.split('\n')[0] ?? '';
    if (/python/.test(line)) return 'python';
    if (/\b(tsx|ts-node|deno|bun)\b/.test(line)) return 'typescript';
    if (/\bnode\b/.test(line)) return 'node';
    if (/\b(ba|z|da)?sh\b/.test(line)) return 'shell';
  }
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext ? SCRIPT_EXT[ext] : undefined;
}

function shellFor(head: string): string {
  const line = head.startsWith('#!') ? (head.split('\n')[0] ?? '') : '';
  return /\bsh\b/.test(line) && !/bash/.test(line) ? 'sh' : 'bash';
}

export function transpile(source: string, fileName: string): string {
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  }).outputText;
}

function packageScripts(text: string): Record<string, string> {
  try {
    const pkg = JSON.parse(text) as { scripts?: unknown };
    if (!pkg.scripts || typeof pkg.scripts !== 'object') return {};
    return Object.fromEntries(
      Object.entries(pkg.scripts).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

function withSkillDir(s: string): string {
  return s.replace(/\{\{?\s*(baseDir|skillDir|SKILL_DIR)\s*\}?\}/g, '/skill');
}

export interface MarkdownCommand {
  kind: 'shell-block' | 'inline-command';
  line: number;
  text: string;
  /** the prose before it presents it as an illustration, not a step ("for reference", "looks like") */
  reference?: boolean;
}

const REFERENCE_PROSE =
  /\b(for reference|for illustration|looks like|under the hood|the script does it|do not run|don't run|never run|example output|e\.g\.)\b/i;

const RUN_WORD =
  /\b(run|runs|running|install|installs|execute|exec|launch|start|paste|type|invoke|call)\b/i;

/** Fenced shell blocks (unlabelled counts as shell) and `code` spans that follow a run-like verb. */
export function markdownCommands(md: string): MarkdownCommand[] {
  const out: MarkdownCommand[] = [];
  const lines = md.split(/\r?\n/);
  let fence: { marker: string; lang: string; line: number; body: string[] } | undefined;
  let inFrontmatter = lines[0]?.trim() === '---';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inFrontmatter) {
      if (i > 0 && line.trim() === '---') inFrontmatter = false;
      continue;
    }
    const m = /^\s{0,3}(`{3,}|~{3,})\s*([\w+-]*)/.exec(line);
    if (fence) {
      if (m && m[1]!.startsWith(fence.marker) && line.trim().replace(/[`~]/g, '') === '') {
        if (SHELL_LANGS.has(fence.lang)) {
          const body =
            fence.lang === 'console' || fence.lang === 'shell-session' || fence.lang === 'terminal'
              ? consoleLines(fence.body)
              : fence.body;
          const before = lines.slice(Math.max(0, fence.line - 4), fence.line - 1).join(' ');
          if (body.join('').trim())
            out.push({
              kind: 'shell-block',
              line: fence.line,
              text: body.join('\n'),
              ...(REFERENCE_PROSE.test(before) ? { reference: true } : {}),
            });
        }
        fence = undefined;
      } else fence.body.push(line);
      continue;
    }
    if (m) {
      fence = { marker: m[1]!, lang: (m[2] ?? '').toLowerCase(), line: i + 1, body: [] };
      continue;
    }
    for (const span of line.matchAll(/`([^`\n]+)`/g)) {
      const before = line.slice(0, span.index);
      const cmd = span[1]!.trim();
      if (!RUN_WORD.test(before.slice(-40))) continue;
      if (!/^[\w./~-]+(\s|$)/.test(cmd) || cmd.startsWith('-')) continue;
      if (!/\s/.test(cmd) && !/\.(sh|py|js)$/.test(cmd)) continue;
      out.push({ kind: 'inline-command', line: i + 1, text: cmd });
    }
  }
  return out;
}

function consoleLines(body: string[]): string[] {
  return body.filter((l) => /^\s*[$>]\s/.test(l)).map((l) => l.replace(/^\s*[$>]\s/, ''));
}
