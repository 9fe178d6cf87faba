/**
 * The `match` vocabulary of code rules (JavaScript/TypeScript and Python), checked in plain words.
 *
 *   call: [names]          canonical callee names; `*` matches one or more name segments, `**`
 *                          any prefix including calls (`**.approve`: `ethers.Contract().approve`)
 *   arg: {index, matches, literal, url}   a condition on the call's arguments (any, or `index`)
 *   arg: {index, carries: remote}   ...that argument holds data of that kind (see carries)
 *   arg: {argv: true, matches}   ...the command the call runs, as one argv: its first argument
 *                          (a list's items, or a program) and a list after it (`spawn('bash',
 *                          ['-s'])` is `bash -s`), joined by spaces
 *   option: {name, equals}  a keyword argument / options-object property (e.g. shell: true)
 *   option: {name, carries: remote}   ...that holds data of that kind (`input`: what the program
 *                          reads on stdin, Python Popen's communicate/stdin.write and JS
 *                          `child.stdin.write/end` too)
 *   option: {name, position, names}   the keyword argument (JS: options-object property) `name`,
 *                          or when it is not given the positional argument at `position`, is one
 *                          of these names (e.g. Loader: yaml.UnsafeLoader, with `from yaml import
 *                          UnsafeLoader` too)
 *   option: {name, position, missing: true}   ...or neither is given at all (with names: either)
 *   path: regex             the call's receiver or any string argument matches (file paths)
 *   string: regex           any folded string constant in the file matches
 *   commands: true         (string) also the command line each exec call's argv spells, its words
 *                          joined by spaces (`execFileSync('xsel', ['-b', '-o'])` is `xsel -b -o`,
 *                          `subprocess.run(['xclip', '-selection', 'clipboard', '-o'])` too)
 *   envRead | envBulk | indirectImport | decoded: true
 *   carries: identity      an argument, option or receiver of the call holds data of that kind
 *                          (a list: of any of those kinds)
 *                          (identity: the user's name or e-mail address, the host name;
 *                          secret: a credential the shell that runs the code read, bash/interp.ts;
 *                          remote: a response the code downloaded (Python; JS: fetch/axios/got/undici);
 *                          shipped: what was read from a data file of the skill's own, in the
 *                          code argument of the call; envsecret: a secret-named environment
 *                          variable the code reads itself, only for DNS names; dotenv: the
 *                          whole text of the skill's own .env file, value.ts DOTENV_SOURCE;
 *                          credential: what the code read from a credential file of the user's
 *                          or made of it, value.ts CREDENTIAL_SOURCE; computed: an argument or
 *                          option holds a piece only known at run time, value.ts hasComputed;
 *                          remote-program: the program the call runs, its first argument or
 *                          that list's first item, is or holds a response the code downloaded)
 *   fileAlso: {call, arg, option, path, string, ...}   another fact in the same file matches too
 *                          (a list of such mappings: each of them matches a fact of the file)
 *   declares: {package, within}   the nearest package.json above the file declares the package
 *                          with a range that admits only versions within `within` (`<4.0.0`)
 *   unlessDeclares: {package, within}   ...and the rule is quiet when it does
 *   unlessSelfInstall: {call, ...}   the rule is quiet for a copy or link of the skill's own files
 *                          (`$SKILL/…` or relative) into its own folder in an agent's skills
 *                          directory (named as SKILL.md or skill.json names the skill), unless a
 *                          fact of the file matches this too (a download: what it saved may be
 *                          among what is copied)
 *   unlessWritten: {path, lines}   the rule is quiet for a file write (Python: `open` for writing,
 *                          `Path.write_text`) to a path matching `path` when the whole text written
 *                          is known and every line that is not blank matches `lines` (a list of
 *                          such mappings: any one of them)
 *   unlessSettings: {path}   the rule is quiet for a write of a whole JSON object, wholly known, to
 *                          a path matching `path` (an agent's settings file) when that text, read
 *                          as the file it becomes (config rules, its hook and server command
 *                          lines), holds no threat and no command that reaches the network; what
 *                          that reading finds is reported either way
 *   unlessShipped: {path}   the rule is quiet for a copy of a file the skill ships (`$SKILL/…` or
 *                          relative, present among its files) to a path matching `path`: the file
 *                          is scanned with the skill and judged by its own code (a start-up file
 *                          copied into place, as bash's notCopy: shipped)
 *   unlessMadeDir: {call, ...}   the rule is quiet for a call whose path (receiver or first
 *                          argument, wholly known) is the path of a call of the file matching this
 *                          (a folder the file makes: chmod 0o700 of its own config folder)
 *   unlessKeyFile: true    (string) the rule is quiet for a path only handed to an SSH client
 *                          library as the identity it logs in with (Python: paramiko
 *                          `key_filename=`, `pkey=…from_private_key_file(…)`, fabric, asyncssh),
 *                          as bash takes `ssh -i KEY` as an option, not a file it sends
 *   unlessVenv: true       the rule is quiet for an exec call whose program is the pip or python
 *                          (`DIR/bin/pip`, `DIR/bin/python3`) of a virtual environment the same
 *                          file makes at that wholly known folder (`python3 -m venv DIR`,
 *                          `virtualenv DIR`, `uv venv DIR`): the skill's own interpreter, though
 *                          the folder is hidden (`~/.recall/venv`)
 *   unlessReused: true     the rule is quiet for a call whose `arg` (wholly known) the file uses:
 *                          a method of an object made with it is called (not a view such as
 *                          balanceOf), or a transaction goes `to` it (the router, swapped through)
 *   capability: network | exec | fs.read | fs.write | env   what a hit tells about the skill
 *   embed: bash | python | javascript | typescript | powershell | text   scan the folded string argument as that language
 *                          (text: shown to the agent; the rule hits only where prose rules find something)
 */

import { declaresProblem } from './declared.js';

const FACT_KEYS = ['call', 'string', 'envRead', 'envBulk', 'indirectImport', 'decoded'] as const;
const ALL_KEYS = [
  ...FACT_KEYS,
  'arg',
  'option',
  'path',
  'fileAlso',
  'capability',
  'embed',
  'unless',
  'carries',
  'declares',
  'unlessDeclares',
  'unlessSelfInstall',
  'unlessWritten',
  'unlessSettings',
  'unlessMadeDir',
  'unlessShipped',
  'unlessShown',
  'unlessKeyFile',
  'unlessVenv',
  'commands',
  'unlessReused',
];
const SOURCES = [
  'identity',
  'secret',
  'remote',
  'shipped',
  'envsecret',
  'dotenv',
  'credential',
  'computed',
  'remote-program',
];
/** what `arg.carries` / `option.carries` may name: one kind of data a value is made of */
function carriesProblems(key: string, v: unknown): string[] {
  return SOURCES.includes(v as string) &&
    !['computed', 'shipped', 'remote-program'].includes(v as string)
    ? []
    : [
        `${key}.carries must be one kind of ${SOURCES.join(', ')} (not computed, shipped or remote-program)`,
      ];
}
const CAPS = ['network', 'exec', 'fs.read', 'fs.write', 'env'];
const EMBED = ['bash', 'python', 'javascript', 'typescript', 'powershell', 'text'];

function regexProblem(key: string, v: unknown): string | undefined {
  if (typeof v !== 'string' || !v) return `${key} must be a regular expression written as a string`;
  try {
    new RegExp(v, 'iu');
    return undefined;
  } catch (e) {
    return `${key} is not a valid regular expression: ${(e as Error).message}`;
  }
}

export function validateCodeMatch(match: Record<string, unknown>, nested = false): string[] {
  const problems: string[] = [];
  for (const k of Object.keys(match)) {
    if (!ALL_KEYS.includes(k))
      problems.push(`unknown match key "${k}" (allowed: ${ALL_KEYS.join(', ')})`);
  }
  const facts = FACT_KEYS.filter((k) => k in match);
  if (facts.length !== 1)
    problems.push(`say what to look for with exactly one of ${FACT_KEYS.join(', ')}`);
  const call = match['call'];
  if (
    call !== undefined &&
    (!Array.isArray(call) || !call.length || !call.every((c) => typeof c === 'string' && c))
  ) {
    problems.push('call must be a non-empty list of callee names such as child_process.exec');
  }
  for (const k of ['declares', 'unlessDeclares'])
    if (k in match) {
      const p = declaresProblem(k, match[k]);
      if (p) problems.push(p);
      if (nested) problems.push(`${k} belongs to the rule's own match, not a nested one`);
    }
  if ('carries' in match) {
    const kinds = match['carries'];
    // one kind, or a list of kinds any of which may be carried (not computed or shipped, which
    // look at other arguments)
    const ok = Array.isArray(kinds)
      ? kinds.length > 0 &&
        kinds.every((k) => SOURCES.includes(k as string) && k !== 'computed' && k !== 'shipped')
      : SOURCES.includes(kinds as string);
    if (!ok)
      problems.push(
        `carries must be one of ${SOURCES.join(', ')}, or a list of them (not computed or shipped)`,
      );
    if (!('call' in match)) problems.push('carries applies to call matches only');
  }
  if ('unlessReused' in match) {
    if (match['unlessReused'] !== true) problems.push('unlessReused must be true');
    if (!('arg' in match)) problems.push('unlessReused needs arg (which argument is reused)');
  }
  if ('commands' in match) {
    if (match['commands'] !== true) problems.push('commands must be true');
    if (!('string' in match)) problems.push('commands applies to string matches only');
  }
  if ('unlessVenv' in match) {
    if (match['unlessVenv'] !== true) problems.push('unlessVenv must be true');
    if (!('call' in match)) problems.push('unlessVenv only works together with call');
  }
  if ('unlessKeyFile' in match) {
    if (match['unlessKeyFile'] !== true) problems.push('unlessKeyFile must be true');
    if (!('string' in match)) problems.push('unlessKeyFile applies to string matches only');
  }
  if ('unlessShown' in match) {
    if (match['unlessShown'] !== true) problems.push('unlessShown must be true');
    if (!('string' in match)) problems.push('unlessShown applies to string matches only');
  }
  for (const flag of ['envRead', 'envBulk', 'indirectImport', 'decoded']) {
    if (flag in match && match[flag] !== true) problems.push(`${flag} must be true`);
  }
  for (const re of ['string', 'path']) {
    if (re in match) {
      const p = regexProblem(re, match[re]);
      if (p) problems.push(p);
    }
  }
  if ('arg' in match) {
    const a = match['arg'];
    if (!a || typeof a !== 'object' || Array.isArray(a))
      problems.push('arg must be a mapping with index, matches, literal or url');
    else {
      const arg = a as Record<string, unknown>;
      for (const k of Object.keys(arg)) {
        if (!['index', 'matches', 'literal', 'url', 'decoded', 'carries', 'argv'].includes(k))
          problems.push(
            `unknown arg key "${k}" (allowed: index, matches, literal, url, carries, argv)`,
          );
        if ('argv' in arg && (arg['argv'] !== true || 'index' in arg))
          problems.push('arg.argv must be true, without index (it reads the first two arguments)');
      }
      if ('carries' in arg) problems.push(...carriesProblems('arg', arg['carries']));
      if ('index' in arg && (typeof arg['index'] !== 'number' || arg['index'] < 0))
        problems.push('arg.index must be a number from 0');
      if ('matches' in arg) {
        const p = regexProblem('arg.matches', arg['matches']);
        if (p) problems.push(p);
      }
      for (const b of ['literal', 'url', 'decoded'])
        if (b in arg && typeof arg[b] !== 'boolean')
          problems.push(`arg.${b} must be true or false`);
    }
    if (!('call' in match)) problems.push('arg only works together with call');
  }
  if ('option' in match) {
    const o = match['option'] as Record<string, unknown> | undefined;
    if (!o || typeof o !== 'object' || typeof o['name'] !== 'string')
      problems.push('option must be a mapping with a name (and optionally equals)');
    else {
      for (const k of Object.keys(o))
        if (!['name', 'equals', 'matches', 'position', 'names', 'missing', 'carries'].includes(k))
          problems.push(
            `unknown option key "${k}" (allowed: name, equals, matches, position, names, missing, carries)`,
          );
      if ('carries' in o) problems.push(...carriesProblems('option', o['carries']));
      if ('missing' in o && o['missing'] !== true) problems.push('option.missing must be true');
      if ('missing' in o && ('equals' in o || 'matches' in o))
        problems.push(
          'option.missing looks for an argument left out: leave out equals and matches',
        );
      const names = o['names'];
      if (
        names !== undefined &&
        (!Array.isArray(names) || !names.length || !names.every((n) => typeof n === 'string' && n))
      )
        problems.push('option.names must be a non-empty list of names such as yaml.UnsafeLoader');
      if (names !== undefined && ('equals' in o || 'matches' in o))
        problems.push('option.names compares the argument as a name: leave out equals and matches');
      const pos = o['position'];
      if (pos !== undefined && (typeof pos !== 'number' || pos < 0 || !Number.isInteger(pos)))
        problems.push('option.position must be a whole number from 0 (the positional argument)');
      if (pos !== undefined && names === undefined && o['missing'] !== true)
        problems.push('option.position only works together with option.names or option.missing');
      if (typeof o['matches'] === 'string') {
        const p = regexProblem('option.matches', o['matches']);
        if (p) problems.push(p);
      }
    }
    if (!('call' in match)) problems.push('option only works together with call');
  }
  if ('capability' in match && !CAPS.includes(String(match['capability']))) {
    problems.push(`capability must be one of ${CAPS.join(', ')}`);
  }
  if ('embed' in match && !EMBED.includes(String(match['embed'])))
    problems.push(`embed must be one of ${EMBED.join(', ')}`);
  if ('unlessWritten' in match) {
    const list = match['unlessWritten'];
    for (const w of (Array.isArray(list) ? list : [list]) as unknown[])
      if (!w || typeof w !== 'object' || Array.isArray(w))
        problems.push('unlessWritten must be a mapping with path and lines, or a list of them');
      else
        for (const k of ['path', 'lines']) {
          const p = regexProblem(`unlessWritten.${k}`, (w as Record<string, unknown>)[k]);
          if (p) problems.push(p);
        }
    if (!('call' in match)) problems.push('unlessWritten only works together with call');
  }
  // the exceptions that name the place a call works on by a `path` pattern
  for (const key of ['unlessSettings', 'unlessShipped']) {
    if (!(key in match)) continue;
    const w = match[key] as Record<string, unknown> | undefined;
    if (!w || typeof w !== 'object' || Array.isArray(w))
      problems.push(`${key} must be a mapping with path`);
    else {
      const p = regexProblem(`${key}.path`, w['path']);
      if (p) problems.push(p);
    }
    if (!('call' in match)) problems.push(`${key} only works together with call`);
  }
  for (const sub of ['fileAlso', 'unless', 'unlessSelfInstall', 'unlessMadeDir']) {
    if (!(sub in match)) continue;
    if (nested) problems.push(`${sub} cannot be nested`);
    const v = match[sub];
    // fileAlso may list several matches, each of which must hold in the file
    const list = sub === 'fileAlso' && Array.isArray(v) && v.length ? (v as unknown[]) : [v];
    for (const f of list) {
      if (!f || typeof f !== 'object' || Array.isArray(f))
        problems.push(
          `${sub} must be a mapping like a match${sub === 'fileAlso' ? ' (or a list of them)' : ''}`,
        );
      else
        problems.push(
          ...validateCodeMatch(f as Record<string, unknown>, true).map((p) => `${sub}: ${p}`),
        );
    }
  }
  return problems;
}
