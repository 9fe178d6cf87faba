/**
 * Invisible-character carriers: zero-width characters inside words, Unicode tag characters
 * (ASCII smuggling), variation-selector byte encoding and bidi controls. Emoji ZWJ sequences,
 * emoji flag tag sequences, single variation selectors after a base character, a leading BOM and
 * joiners inside non-Latin scripts that need them are not findings.
 */

import { domainToUnicode } from 'node:url';

export type CharKind =
  'zero-width' | 'unicode-tags' | 'variation-selectors' | 'bidi' | 'mixed-script-host';

export interface CharHit {
  kind: CharKind;
  /** UTF-16 offset of the first character */
  offset: number;
  count: number;
  /** for tag and variation-selector runs: the text they spell */
  decoded?: string;
}

const ZW = new Set([
  0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x180e,
]);
const BIDI = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const TAG = (c: number) => c >= 0xe0000 && c <= 0xe007f;
const VS = (c: number) => (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef);
const PICTO = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}/u;
const NEEDS_JOINERS =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Mongolian}\p{Script=Hebrew}\p{Script=Thai}]/u;

interface Cp {
  c: number;
  s: string;
  at: number;
}

function codepoints(text: string): Cp[] {
  const out: Cp[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i) ?? 0;
    const s = String.fromCodePoint(c);
    out.push({ c, s, at: i });
    i += s.length;
  }
  return out;
}

/** previous/next code point that is not a variation selector or joiner */
function neighbour(cps: Cp[], i: number, dir: 1 | -1): Cp | undefined {
  for (let j = i + dir; j >= 0 && j < cps.length; j += dir) {
    const c = (cps[j] as Cp).c;
    if (VS(c) || c === 0x200d) continue;
    return cps[j];
  }
  return undefined;
}

function legitJoiner(cps: Cp[], i: number): boolean {
  const c = (cps[i] as Cp).c;
  const prev = neighbour(cps, i, -1);
  const next = neighbour(cps, i, 1);
  if (c === 0x200d && prev && next && PICTO.test(prev.s) && PICTO.test(next.s)) return true;
  if (
    (c === 0x200c || c === 0x200d) &&
    ((prev && NEEDS_JOINERS.test(prev.s)) || (next && NEEDS_JOINERS.test(next.s)))
  )
    return true;
  return false;
}

function vsByte(c: number): number {
  return c <= 0xfe0f ? c - 0xfe00 : c - 0xe0100 + 16;
}

/** does the text hold any character this module looks at (surrogates cover tags and supplementary selectors) */
function interesting(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x180e) continue;
    if (c === 0x180e || ZW.has(c) || BIDI(c) || VS(c) || (c >= 0xd800 && c <= 0xdbff)) return true;
  }
  return false;
}

/** a run of letters, digits, hyphens and dots (a host name when it has a TLD), and its TLD */
const NAME = /[\p{L}\p{N}.-]+/gu;
const TLD = /^(?:xn--[a-z0-9-]+|[a-z]{2,12})$/;
const LATIN = /[a-z]/i;
const LOOKALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
/**
 * Greek letters that no Latin letter resembles (λ, π, θ, Σ, Ω …): a label holding only these
 * beside Latin reads as notation, not as a known name (`λb.validate(b)`, `θ.update` in a formal
 * spec or a lambda term); a homograph needs a letter that passes for a Latin one (ο, α, ι, ν …)
 */
const NO_LATIN_TWIN = /[δζθλξπφψΓΔΘΛΞΠΣΦΨΩ]/gu;
const SEED = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]+|xn--/giu;
/** what ends a word that could hold a host name */
const WORD_END = /[\s<>()[\]{}"'`|,;!?*]/;

/**
 * Host names with a label that mixes Latin letters with Cyrillic/Greek/Armenian/Cherokee ones
 * (`gіthub.com`, `mcp.nоtion.com`, or the same as punycode): a homograph of a known name. A name
 * wholly in one script (`пример.рф`) is an ordinary international domain.
 */
function mixedScriptHosts(text: string): CharHit[] {
  const hits: CharHit[] = [];
  let after = 0;
  // only the words around a look-alike letter or a punycode label are read as hosts, each at most
  // 300 characters: a long run of dotted labels costs no regex backtracking across the file
  for (const seed of text.matchAll(SEED)) {
    if (hits.length >= 20) break;
    const at = seed.index ?? 0;
    if (at < after) continue;
    let s = at;
    while (s > 0 && at - s < 300 && !WORD_END.test(text[s - 1] as string)) s--;
    let e = at + seed[0].length;
    while (e < text.length && e - at < 300 && !WORD_END.test(text[e] as string)) e++;
    after = e;
    for (const m of text.slice(s, e).matchAll(NAME)) {
      const labels = (m[0] as string).replace(/^\.+|\.+$/g, '').split('.');
      if (labels.length < 2 || !TLD.test(labels[labels.length - 1] as string)) continue;
      const shown = labels.some((l) => /^xn--/i.test(l))
        ? domainToUnicode(labels.join('.').toLowerCase()).split('.')
        : labels;
      if (shown.some((l) => LATIN.test(l) && LOOKALIKE.test(l.replace(NO_LATIN_TWIN, '')))) {
        hits.push({ kind: 'mixed-script-host', offset: s + (m.index ?? 0), count: 1 });
        break;
      }
    }
  }
  return hits;
}

/** a letter, digit or combining mark: a zero-width character between two of them splits a word */
const WORDISH = /[\p{L}\p{N}\p{M}]/u;

/**
 * the zero-width characters that are strays (see scanChars): each alone, touching a word on one
 * side at most, and at most MAX_STRAYS of them in the whole text, all such
 */
const MAX_STRAYS = 2;
function strays(cps: Cp[], zw: number[]): Set<number> {
  if (zw.length > MAX_STRAYS) return new Set();
  const stray = (i: number): boolean => {
    const prev = cps[i - 1];
    const next = cps[i + 1];
    if ((prev && ZW.has(prev.c)) || (next && ZW.has(next.c))) return false;
    return !(prev && next && WORDISH.test(prev.s) && WORDISH.test(next.s));
  };
  return zw.every(stray) ? new Set(zw) : new Set();
}

export function scanChars(text: string): CharHit[] {
  const hosts = mixedScriptHosts(text);
  if (!interesting(text)) return hosts;
  const cps = codepoints(text);
  const hits: CharHit[] = [...hosts];
  // a lone zero-width character left at a word's edge by an editor or a copy (`'dotted\u200c'` in
  // an API table) splits no word and hides nothing; one inside a word, a run of them, or more than
  // a couple in the text are read as usual
  const zw: number[] = [];
  for (let i = 0; i < cps.length && zw.length <= MAX_STRAYS; i++) {
    const { c, at } = cps[i] as Cp;
    if (ZW.has(c) && !(c === 0xfeff && at === 0) && !legitJoiner(cps, i)) zw.push(i);
  }
  const stray = strays(cps, zw);
  let zwLine = -1;
  for (let i = 0; i < cps.length; i++) {
    const { c, at } = cps[i] as Cp;
    if (ZW.has(c)) {
      if (c === 0xfeff && at === 0) continue;
      if (legitJoiner(cps, i)) continue;
      if (stray.has(i)) continue;
      // one hit per line, counting the characters on it
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const last = hits[hits.length - 1];
      if (last && last.kind === 'zero-width' && zwLine === lineStart) last.count++;
      else {
        hits.push({ kind: 'zero-width', offset: at, count: 1 });
        zwLine = lineStart;
      }
      continue;
    }
    if (BIDI(c)) {
      hits.push({ kind: 'bidi', offset: at, count: 1 });
      continue;
    }
    if (TAG(c)) {
      let j = i;
      let decoded = '';
      while (j < cps.length && TAG((cps[j] as Cp).c)) {
        const t = (cps[j] as Cp).c - 0xe0000;
        if (t >= 0x20 && t < 0x7f) decoded += String.fromCharCode(t);
        j++;
      }
      const prev = i > 0 ? (cps[i - 1] as Cp).c : 0;
      const flag =
        prev === 0x1f3f4 && /^[a-z0-9]{2,7}$/.test(decoded) && (cps[j - 1] as Cp).c === 0xe007f;
      if (!flag) hits.push({ kind: 'unicode-tags', offset: at, count: j - i, decoded });
      i = j - 1;
      continue;
    }
    if (VS(c)) {
      let j = i;
      const bytes: number[] = [];
      while (j < cps.length && VS((cps[j] as Cp).c)) {
        bytes.push(vsByte((cps[j] as Cp).c));
        j++;
      }
      // one selector after a base character is ordinary emoji/CJK presentation; a run of one
      // selector repeated (`❤️️`, a copy-paste slip) encodes nothing
      if (j - i >= 2 && bytes.some((b) => b !== bytes[0])) {
        let decoded = '';
        try {
          decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
        } catch {
          decoded = '';
        }
        hits.push({ kind: 'variation-selectors', offset: at, count: j - i, decoded });
      }
      i = j - 1;
    }
  }
  return hits;
}
