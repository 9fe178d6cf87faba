/**
 * Shell startup files that only get environment declarations: a setup script that appends
 * `export NAME="value"` lines (and comments) to ~/.bashrc, or a line that sources a private
 * (0600) file the script itself filled with nothing but such lines. That is configuration the
 * user can read and undo, not code that runs in every shell; it is still worth a look (review),
 * while any other content, a variable that makes programs run code or talk to another server, a
 * name only known at run time, a value computed from another command, or a sourced file the
 * script did not fill itself keeps the startup-file write a persistence finding.
 */
import { printfFormat } from './syntax.js';
import type { CmdFact, Facts } from './facts.js';
import { UNKNOWN, normPath, type Val } from './values.js';

/**
 * variables that make a shell or a program run code, load code, or send traffic or credentials
 * somewhere else (proxies, registries, CA bundles, an API client's base URL)
 */
const CODE_RUNNING_VAR = new RegExp(
  '^(?:' +
    [
      'PROMPT_COMMAND',
      'PS[0-4]',
      'PROMPT',
      'RPROMPT',
      'BASH_ENV',
      'ENV',
      'ZDOTDIR',
      'IFS',
      'FPATH',
      'BASH_FUNC_\\w*',
      'LD_\\w+',
      'DYLD_\\w+',
      'NODE_\\w+',
      'PYTHON\\w+',
      'PERL\\w*',
      'RUBY\\w+',
      'GEM_\\w+',
      'BUNDLE_\\w+',
      'JAVA_TOOL_OPTIONS',
      '_JAVA_OPTIONS',
      'JDK_JAVA_OPTIONS',
      'CLASSPATH',
      'GIT_\\w+',
      'SSH_\\w+',
      '\\w*_COMMAND',
      '\\w*_ASKPASS',
      '\\w*_WRAPPER',
      'EDITOR',
      'VISUAL',
      'PAGER',
      '\\w*_PAGER',
      'MANPAGER',
      'BROWSER',
      'LESSOPEN',
      'LESSCLOSE',
      '\\w*_PROXY',
      'NO_PROXY',
      'NPM_CONFIG_\\w+',
      'YARN_\\w+',
      'PIP_\\w+',
      'UV_\\w+',
      'POETRY_\\w+',
      'CONDA_\\w+',
      'CARGO_\\w+',
      'RUSTC\\w*',
      'GO(?:PROXY|FLAGS|PRIVATE|NOSUMDB|INSECURE|SUMDB|TOOLCHAIN)',
      'SSL_CERT_\\w+',
      '\\w*_CA_BUNDLE',
      '\\w*_CA_CERTS?',
      'CURL_\\w+',
      'WGET\\w*',
      'DOCKER_\\w+',
      'KUBECONFIG',
      'SUDO_\\w+',
      'HISTFILE',
      'PATH',
      'MANPATH',
      'XDG_\\w+',
      'HOME',
      'SHELL',
      'TMPDIR',
      // an agent's or a cloud client's endpoint: its traffic (and key) goes where the value says
      '(?:ANTHROPIC|OPENAI|CLAUDE|CODEX|GEMINI|GOOGLE|AZURE|AWS|GH|GITHUB|HF|HUGGINGFACE|OLLAMA|OPENROUTER|MISTRAL|GROQ)_\\w*(?:URL|BASE|ENDPOINT|HOST)\\w*',
    ].join('|') +
    ')$',
  'i',
);

/** a value: quoted text (no command substitution, no closing quote inside) or a bare word */
const VALUE = /(?:"(?:[^"\\`$]|\\.|\$(?!\())*"|'[^']*'|(?:[^\s"'`$;&|<>()\\]|\$(?!\())*)/.source;
/** `export NAME=value` (optionally with a trailing comment) */
const DECLARATION = new RegExp(`^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(${VALUE})(?:\\s+#.*)?$`);
/** `source F`, `. F`, `[ -f F ] && source F` (the same F), optionally with a trailing comment */
const SOURCE_LINE =
  /^(?:\[\[?\s+-[efrs]\s+("?)([^\s"]+)\1\s+\]\]?\s+&&\s+)?(?:source|\.)\s+("?)([^\s"]+)\3(?:\s+#.*)?$/;

/** startup files read by sh, bash, zsh and ksh, where `export NAME=value` is a declaration */
const SHELL_STARTUP =
  /^(?:~\/\.(?:bashrc|bash_profile|bash_login|profile|zshrc|zshenv|zprofile|zlogin|kshrc)|\/etc\/(?:profile|profile\.d\/[^/]+|bash\.bashrc|bashrc|zshrc|zsh\/[^/]+))$/;

/** modes that leave a file readable by its owner only */
const PRIVATE_MODE = /^(?:0?[46]00|u=rw?,go=|go-rwx|og-rwx|g-rwx,o-rwx|o-rwx,g-rwx|600|400)$/;

export type RcContent = 'env' | 'empty';

export class RcEnv {
  private memo = new Map<string, boolean>();

  constructor(readonly facts: Facts) {}

  /**
   * What a command writing a shell startup file writes: `empty` (touch), `env` (only
   * declarations, comments, blank lines, or a line sourcing a private file of declarations the
   * script filled itself), undefined for anything else or anything not known.
   */
  content(f: CmdFact): RcContent | undefined {
    // a login or interactive shell's own startup files (not autostart entries, rc.local, fish)
    if (!f.writes.length || !f.writes.every((w) => SHELL_STARTUP.test(w))) return undefined;
    // `touch ~/.bashrc`, and `grep -q X ~/.bashrc || echo … >> ~/.bashrc` (the redirect is
    // taken for the whole list): nothing written
    if (f.fam === 'touch') return 'empty';
    if (f.fam === 'grep' && ['-q', '--quiet', '--silent'].some((x) => f.flags.has(x)))
      return 'empty';
    const texts = this.texts(f);
    if (!texts?.length) return undefined;
    return texts.every((t) => this.linesOk(t, true)) ? 'env' : undefined;
  }

  /** the evaluations of a command: those with each call's arguments when every call was bound */
  private variants(f: CmdFact): CmdFact[] {
    const inst = this.facts.instances.get(f.id);
    if (!inst?.length) return [f];
    const spans = this.facts.script.functionSpans;
    const fn = [...spans].find(([, [from, to]]) => f.id >= from && f.id < to)?.[0];
    return fn !== undefined && !this.facts.partlyBound.has(fn) ? inst : [f];
  }

  /** the text each evaluation writes, with run-time values as UNKNOWN; undefined when unknown */
  private texts(f: CmdFact): string[] | undefined {
    const out: string[] = [];
    for (const v of this.variants(f)) {
      const t = this.text(v);
      if (t === undefined) return undefined;
      out.push(t);
    }
    return out;
  }

  private text(f: CmdFact): string | undefined {
    // values from other commands' output (`$(curl …)`, `$(cat ~/.ssh/id_rsa)`, a `read` from a
    // file or pipe) never count; a value typed at a prompt (`read -p …`, `read -s`) does
    const plain = (vals: Val[]) =>
      vals.every((v) => [...v.sources].every((id) => this.prompted(id)));
    if (f.fam === 'echo') {
      if (!plain(f.args)) return undefined;
      const args = f.args.map((a) => a.s);
      let i = 0;
      while (i < args.length && /^-[neE]+$/.test(args[i] as string)) {
        // `-e`/`-n`: escapes and joined lines make the text something else than it reads
        if (args[i] !== '-E') return undefined;
        i++;
      }
      return args.slice(i).join(' ');
    }
    if (f.fam === 'printf') {
      if (!plain(f.args)) return undefined;
      const rest = f.args[0]?.s === '--' ? f.args.slice(1) : f.args;
      const fmt = rest[0];
      if (!fmt || !fmt.known || fmt.s === '-v') return undefined;
      return printfFormat(
        fmt.s,
        rest.slice(1).map((a) => a.s),
      );
    }
    if ((f.fam === 'cat' || f.fam === 'tee') && f.input !== undefined) {
      if (f.fam === 'cat' && f.positional.length) return undefined;
      if (f.inputVal && !plain([f.inputVal])) return undefined;
      return f.input;
    }
    if (
      (f.fam === 'tee' || (f.fam === 'cat' && !f.positional.length)) &&
      f.cmd.stdin.length === 1
    ) {
      const prev = this.facts.facts[f.cmd.stdin[0] as number];
      if (!prev || (prev.fam !== 'echo' && prev.fam !== 'printf')) return undefined;
      const t = this.texts(prev);
      return t?.length === 1 ? t[0] : undefined;
    }
    return undefined;
  }

  /** a `read -p`/`read -s` of the terminal: what the user types */
  private prompted(id: number): boolean {
    const r = this.facts.facts[id];
    return (
      r !== undefined &&
      r.fam === 'read' &&
      (r.flags.has('-p') || r.opts.has('-p') || r.flags.has('-s')) &&
      !r.cmd.stdin.length &&
      r.input === undefined &&
      !r.cmd.redirects.some((x) => x.op.startsWith('<'))
    );
  }

  /** every line is blank, a comment, a plain declaration or (in a startup file) a safe source line */
  private linesOk(text: string, startup: boolean): boolean {
    return text.split('\n').every((raw) => {
      const l = raw.trim();
      if (!l) return true;
      if (l.startsWith('#')) return !l.includes(UNKNOWN);
      const d = DECLARATION.exec(l);
      if (d) return !CODE_RUNNING_VAR.test(d[1] as string);
      if (!startup || l.includes(UNKNOWN)) return false;
      const s = SOURCE_LINE.exec(l);
      if (!s) return false;
      const file = normPath((s[4] as string).replace(/^\$\{?HOME\}?(?=\/)/, '~'));
      if (s[2] !== undefined && normPath(s[2].replace(/^\$\{?HOME\}?(?=\/)/, '~')) !== file)
        return false;
      return this.privateEnvFile(file);
    });
  }

  /** a file the script makes owner-only and fills with declarations only */
  private privateEnvFile(path: string): boolean {
    if (!this.facts.writers.get(path)?.length) return false;
    const privateMode =
      this.facts.facts.some(
        (g) =>
          g.fam === 'chmod' &&
          PRIVATE_MODE.test(g.positional[0]?.s ?? '') &&
          g.positional.slice(1).some((p) => normPath(p.s) === path),
      ) ||
      this.facts.facts.some((g) => g.fam === 'umask' && /^0?0?77$/.test(g.positional[0]?.s ?? ''));
    return privateMode && this.onlyDeclarations(path, new Set());
  }

  /**
   * every writer of the file writes declarations, or copies/filters (cp, mv, cat, grep, sort,
   * uniq, head, tail) files that hold only declarations; a cycle (a file filtered into a
   * temporary file and back) adds nothing else
   */
  private onlyDeclarations(path: string, seen: Set<string>): boolean {
    if (seen.has(path)) return true;
    const memo = this.memo.get(path);
    if (memo !== undefined) return memo;
    seen.add(path);
    const writers = this.facts.writers.get(path) ?? [];
    const ok =
      writers.length > 0 &&
      writers.every((id) => {
        const w = this.facts.facts[id];
        return w !== undefined && this.variants(w).every((v) => this.writerOk(v, seen));
      });
    seen.delete(path);
    if (seen.size === 0) this.memo.set(path, ok);
    return ok;
  }

  private writerOk(w: CmdFact, seen: Set<string>): boolean {
    if (w.fam === 'touch') return true;
    if (w.hosts.length || w.dynamicHost) return false;
    const sources = (vals: Val[]) =>
      vals.length > 0 && vals.every((v) => this.onlyDeclarations(normPath(v.s), seen));
    if (w.fam === 'mv' || w.fam === 'cp') {
      if (w.flags.size) return false;
      return sources(w.positional.slice(0, -1));
    }
    if (w.fam === 'cat' && w.positional.length) return !w.flags.size && sources(w.positional);
    if (w.fam === 'grep' && w.positional.length > 1) {
      if ([...w.flags].some((x) => /o|c|l|L|f|e|^--/.test(x.replace(/^-/, '')))) return false;
      return sources(w.positional.slice(1));
    }
    if (['sort', 'uniq', 'head', 'tail'].includes(w.fam) && w.positional.length)
      return sources(w.positional);
    const t = this.text(w);
    return t !== undefined && this.linesOk(t, false);
  }
}
