/**
 * Packages a command installs by name, and whether one is a look-alike of a popular package of
 * its registry (`pip install reqeusts`, `npm i expresss`): the list and the test of the manifest
 * rule manifest-typosquat-dependency (manifest/popular.ts, manifest/facts.ts lookalikeOf), for
 * installs typed in a script, a shell block or a code span instead of a manifest.
 */
import type { CmdFact } from './facts.js';
import { lookalikeOf } from '../manifest/facts.js';

/** a package operand as a variable may hold it: a name, with a version or extras (no escapes) */
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[\w,-]*\])?(?:[=<>!~@][\w.*<>=!~,-]*)?$/;

/** options of pip / uv pip that take a value (the next word is no package) */
const PIP_VALUED =
  /^(?:-[rcieft]|--(?:requirement|constraint|index-url|extra-index-url|find-links|editable|target|prefix|root|src|platform|python-version|implementation|abi|trusted-host|proxy|cert|client-cert|cache-dir|log|timeout|retries|python|group|extra|with|index|default-index|exists-action|upgrade-strategy|progress-bar|report|config-settings|global-option|no-binary|only-binary))$/;
/** options of npm / pnpm / yarn / bun that take a value */
const NPM_VALUED =
  /^(?:-C|--(?:registry|prefix|cwd|dir|filter|workspace|tag|cache|userconfig|globalconfig|omit|include|install-strategy|save-prefix))$/;

/**
 * The registry and the package operands of an install command (`pip install …`, `python3 -m pip
 * install …`, `uv pip install …`, `uv add …`, `npm install|i|add …`, `pnpm add|install|i …`,
 * `yarn add …`, `bun add|install|i …`), or undefined when the command installs nothing by name.
 */
export function installedPackages(
  f: CmdFact,
): { registry: 'pypi' | 'npm'; names: string[] } | undefined {
  const words = f.args.map((a) => (a.known ? a.s : undefined));
  let registry: 'pypi' | 'npm';
  let start: number;
  const name = f.name.toLowerCase();
  // `npm --prefix ./vendor install x`, `pnpm -C web add x`: the global options before the
  // subcommand are taken off (what is installed where is still installed)
  let lead = 0;
  if (/^(?:npm|pnpm|yarn|bun)$/.test(name))
    while (lead < words.length && words[lead]?.startsWith('-'))
      lead += NPM_VALUED.test(words[lead] as string) ? 2 : 1;
  const at = (i: number, ...w: string[]) =>
    words[i + lead] !== undefined && w.includes(words[i + lead]!);
  if (/^pip(?:3(?:\.\d+)?)?$/.test(name) && at(0, 'install')) [registry, start] = ['pypi', 1];
  else if (/^python(?:3(?:\.\d+)?)?$/.test(name) && at(0, '-m') && at(1, 'pip') && at(2, 'install'))
    [registry, start] = ['pypi', 3];
  else if (name === 'uv' && at(0, 'pip') && at(1, 'install')) [registry, start] = ['pypi', 2];
  else if (name === 'uv' && at(0, 'add')) [registry, start] = ['pypi', 1];
  else if (name === 'npm' && at(0, 'install', 'i', 'add', 'in', 'isntall'))
    [registry, start] = ['npm', 1];
  else if ((name === 'pnpm' || name === 'bun') && at(0, 'add', 'install', 'i'))
    [registry, start] = ['npm', 1];
  else if (name === 'yarn' && at(0, 'add')) [registry, start] = ['npm', 1];
  else return undefined;
  const valued = registry === 'pypi' ? PIP_VALUED : NPM_VALUED;
  // a name as written in the command, plain or quoted (`seaborn\n` of a text quoted twice reads
  // as `seabornn`: no name anyone typed)
  const raw = new Set(f.cmd.words.map((w) => w.raw.replace(/^(['"])(.*)\1$/s, '$2')));
  const names: string[] = [];
  for (let i = start + lead; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) continue;
    if (w.startsWith('-')) {
      if (valued.test(w)) i++;
      continue;
    }
    // or the plain names a variable holds (`PKG=reqeusts; pip install "$PKG"`, `PKGS="flask
    // reqeusts"; pip install $PKGS`): words of a value set in the script, split as the shell would
    const arg = f.args[i];
    const held = arg && !raw.has(w) && arg.vars.length ? w.split(/\s+/).filter(Boolean) : [];
    for (const x of raw.has(w) ? [w] : held.every((x) => PLAIN_NAME.test(x)) ? held : []) {
      const n = packageName(x, registry);
      if (n) names.push(n);
    }
  }
  return { registry, names };
}

/** a package named by an install operand (`reqeusts==2.31`, `pkg[extra]`, `expresss@4`), or none (a path, a URL, a scoped or aliased npm name) */
function packageName(w: string, registry: 'pypi' | 'npm'): string | undefined {
  if (/[/\\:]/.test(w) || w.startsWith('.') || w.startsWith('@')) return undefined;
  const m =
    registry === 'pypi'
      ? /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?(?:\s*[=<>!~;].*)?$/.exec(w)
      : /^([a-z0-9][a-z0-9._-]*)(?:@[^@]*)?$/.exec(w);
  return m?.[1];
}

/** the first package the command installs that is named like a popular one, with that one */
export function installedLookalike(f: CmdFact): { name: string; of: string } | undefined {
  const inst = installedPackages(f);
  if (!inst) return undefined;
  for (const n of inst.names) {
    const of = lookalikeOf(n, inst.registry);
    if (of) return { name: n, of };
  }
  return undefined;
}
