/**
 * Plain TOML and INI files of a skill's own, parsed into nested objects of strings, numbers and
 * booleans for shippedConfig (value.ts). Only what a settings file commonly holds: `[section]` /
 * `[a.b]` headers, `key = value` (INI also `key: value`), dotted TOML keys, basic and literal
 * strings, numbers, booleans and one-line arrays of those. A line of another shape (a multi-line
 * string, an inline table, an array of tables) is left out, so its key stays unknown.
 */

type Data = { [k: string]: unknown };

/** the most lines of a config file read */
const MAX_LINES = 4096;

/** the object at `path` under `root`, made as needed; undefined when a value is in the way */
function tableAt(root: Data, path: readonly string[]): Data | undefined {
  let t: Data = root;
  for (const k of path) {
    const next = Object.hasOwn(t, k) ? t[k] : (t[k] = {});
    if (!next || typeof next !== 'object' || Array.isArray(next)) return undefined;
    t = next as Data;
  }
  return t;
}

/** a TOML key (`a.b."c d"`) as its parts; undefined when it is not a plain key */
function tomlKey(k: string): string[] | undefined {
  const parts: string[] = [];
  const rx = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(\.|$)/y;
  let m: RegExpExecArray | null;
  while (rx.lastIndex < k.length && (m = rx.exec(k))) {
    parts.push(m[1] ?? m[2] ?? m[3] ?? '');
    if (!m[4]) return rx.lastIndex >= k.length ? parts : undefined;
  }
  return parts.length && rx.lastIndex >= k.length ? parts : undefined;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** one TOML value at the start of `s`: [value, rest] */
function tomlValue(s: string): [unknown, string] | undefined {
  s = s.trimStart();
  let m = /^"((?:[^"\\]|\\.)*)"/.exec(s);
  if (m)
    return [
      (m[1] ?? '').replace(/\\(.)/g, (_x, c: string) => ESCAPES[c] ?? c),
      s.slice(m[0].length),
    ];
  m = /^'([^']*)'/.exec(s);
  if (m) return [m[1] ?? '', s.slice(m[0].length)];
  m = /^(?:true|false)\b/.exec(s);
  if (m) return [m[0] === 'true', s.slice(m[0].length)];
  m = /^[+-]?\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?\b/.exec(s);
  if (m) return [Number(m[0].replaceAll('_', '')), s.slice(m[0].length)];
  if (s.startsWith('[')) {
    const items: unknown[] = [];
    let rest = s.slice(1).trimStart();
    while (!rest.startsWith(']')) {
      const v = tomlValue(rest);
      if (!v) return undefined;
      items.push(v[0]);
      rest = v[1].trimStart();
      if (rest.startsWith(',')) rest = rest.slice(1).trimStart();
      else if (!rest.startsWith(']')) return undefined;
    }
    return [items, rest.slice(1)];
  }
  return undefined;
}

/** a TOML file's plain settings (see the file's comment) */
export function parseToml(text: string): Data {
  const root: Data = {};
  let table: Data | undefined = root;
  for (const raw of text.split(/\r?\n/).slice(0, MAX_LINES)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const head = /^\[([^[\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (head) {
      const path = tomlKey(head[1] ?? '');
      table = path ? tableAt(root, path) : undefined;
      continue;
    }
    if (line.startsWith('[[')) {
      table = undefined;
      continue;
    }
    const eq = /^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[^=])+?)\s*=\s*(.*)$/.exec(line);
    const key = eq ? tomlKey(eq[1] ?? '') : undefined;
    const v = eq ? tomlValue(eq[2] ?? '') : undefined;
    if (!table || !key || !v || !/^\s*(?:#.*)?$/.test(v[1])) continue;
    const t = tableAt(table, key.slice(0, -1));
    const last = key[key.length - 1];
    if (t && last !== undefined && !Object.hasOwn(t, last)) t[last] = v[0];
  }
  return root;
}

/** an INI file's settings: sections of `key = value` / `key: value` (keys as written) */
export function parseIni(text: string): Data {
  const root: Data = {};
  let section: Data = root;
  for (const raw of text.split(/\r?\n/).slice(0, MAX_LINES)) {
    const line = raw.trim();
    if (!line || /^[#;]/.test(line)) continue;
    const head = /^\[([^\]]+)\]$/.exec(line);
    if (head) {
      const name = (head[1] ?? '').trim();
      const s = Object.hasOwn(root, name) ? root[name] : (root[name] = {});
      section = s && typeof s === 'object' ? (s as Data) : {};
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (!kv) continue;
    let v = (kv[2] ?? '').trim();
    const q = /^(["'])(.*)\1$/.exec(v);
    if (q) v = q[2] ?? '';
    section[(kv[1] ?? '').trim()] = v;
  }
  return root;
}
