/**
 * Source maps a skill ships (`dist/index.js.map`) hold the sources they were built from, as JSON
 * strings in `sourcesContent`. Read as text, that is one line of escaped code, where the prose
 * rules took code comments for instructions (`// ERC-20: ensure allowance (auto-approve for the
 * exact amount)` failed a real skill as auto-approval) and a sentence window cut the rest off.
 * Each of the skill's own sources is analysed instead as the file it is, `x.js.map!/src/a.ts`,
 * in its language (a comment is a comment there); the map without them is still read as text.
 * Sources from `node_modules/` are libraries the built file holds, analysed there.
 */
import { MEMBER_SEPARATOR } from './archive.js';
import type { ScanInputFile } from './scan.js';

const MAP_PATH = /\.map$/i;
/** at most this many sources of one map are analysed */
const MAX_SOURCES = 256;

/** a source's name as a member path: no scheme, no `.`/`..` segments, no leading slash */
function memberName(source: unknown, i: number): string {
  const raw = typeof source === 'string' ? source : '';
  const parts = raw
    .replace(/^[a-z][\w+.-]*:\/\/(?:\[[^\]]*\]|[^/]*)?/i, '')
    .split(/[\\/]+/)
    .filter((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('\0'));
  return parts.length ? parts.join('/') : `source-${i}`;
}

interface SourceMap {
  version: number;
  mappings: string;
  sources: unknown[];
  sourcesContent: unknown[];
}

function asSourceMap(bytes: Uint8Array): SourceMap | undefined {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const m = v as Record<string, unknown>;
  return typeof m['version'] === 'number' &&
    typeof m['mappings'] === 'string' &&
    Array.isArray(m['sources']) &&
    Array.isArray(m['sourcesContent'])
    ? (m as unknown as SourceMap)
    : undefined;
}

/**
 * `files` with each source map's own sources as members beside it and the map itself without
 * them; anything else (a `.map` that is no source map, one over `maxFileBytes`) as it is.
 */
export function withSourceMapSources(
  files: readonly ScanInputFile[],
  maxFileBytes: number,
): ScanInputFile[] {
  if (!files.some((f) => MAP_PATH.test(f.path))) return [...files];
  const taken = new Set(files.map((f) => f.path));
  const out: ScanInputFile[] = [];
  for (const f of files) {
    const map =
      MAP_PATH.test(f.path) && f.bytes.length <= maxFileBytes ? asSourceMap(f.bytes) : undefined;
    if (!map) {
      out.push(f);
      continue;
    }
    const { sourcesContent, ...rest } = map;
    out.push({ path: f.path, bytes: Buffer.from(JSON.stringify(rest)) });
    sourcesContent.slice(0, MAX_SOURCES).forEach((content, i) => {
      if (typeof content !== 'string' || !content) return;
      const name = memberName(map.sources[i], i);
      if (/(?:^|\/)node_modules\//.test(name)) return;
      const path = `${f.path}${MEMBER_SEPARATOR}${name}`;
      if (taken.has(path)) return;
      taken.add(path);
      out.push({ path, bytes: Buffer.from(content) });
    });
  }
  return out;
}
