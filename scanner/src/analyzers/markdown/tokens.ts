/**
 * Live-looking vendor credentials written into a skill's files (`match.token`): a GitHub, Slack,
 * AWS, Telegram… key in the vendor's own format. A published skill carries none: it is either the
 * author's leaked secret or a channel to an account the author controls (push the user's files
 * to the author's repository, post them to the author's bot). The formats are data in the rule;
 * this module finds them and drops what is written as a placeholder, so documentation that shows
 * `ghp_xxxxxxxx…`, `AKIAIOSFODNN7EXAMPLE` or `xoxb-your-token` is no finding.
 */
import type { Rule } from '@skillgate/rules';
import { findingFor } from '../../engine/finding.js';
import { lastAtMost, lineStarts } from '../../engine/lines.js';
import type { Finding } from '../../types.js';

export interface TokenMatch {
  /** format name → regular expression (case-sensitive, as the vendors define the formats) */
  formats: Record<string, string>;
}

export interface CompiledTokens {
  formats: Array<{ name: string; re: RegExp }>;
}

export interface TokenHit {
  format: string;
  offset: number;
  token: string;
}

/** a token character on either side makes the match part of a longer word, not a token */
const WORD = /[A-Za-z0-9_-]/;

/** words a placeholder is made of ("your", "example", "redacted", "xxxx") */
const PLACEHOLDER =
  /example|sample|dummy|fake|test|your|mytoken|placeholder|redact|insert|replace|change_?me|secret|token|here|xxx|\.\.\.|\*\*\*/i;

/**
 * Does `s` look random, as a generated key does: no character four times in a row, no run of five
 * consecutive letters or digits (`abcde`, `12345`), no placeholder word, and at least 3 bits of
 * Shannon entropy per character. A generated 36-character base62 body has about 4.8; a typed
 * placeholder (`ghp_aaaabbbbcccc…`, `ghp_1234567890abcdef…`) falls below or trips a run.
 */
export function looksRandom(s: string): boolean {
  if (PLACEHOLDER.test(s)) return false;
  const counts = new Map<string, number>();
  let same = 1;
  let up = 1;
  let down = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    if (i === 0) continue;
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    same = d === 0 ? same + 1 : 1;
    up = d === 1 && /[A-Za-z0-9]/.test(c) ? up + 1 : 1;
    down = d === -1 && /[A-Za-z0-9]/.test(c) ? down + 1 : 1;
    if (same >= 4 || up >= 5 || down >= 5) return false;
  }
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits >= 3;
}

export function compileTokens(m: TokenMatch): CompiledTokens {
  return {
    formats: Object.entries(m.formats).map(([name, re]) => ({ name, re: new RegExp(re, 'g') })),
  };
}

/** every whole token of the formats in `text` that is not a placeholder, at most `limit` */
export function findTokens(text: string, c: CompiledTokens, limit = 20): TokenHit[] {
  const out: TokenHit[] = [];
  for (const { name, re } of c.formats) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const before = text[m.index - 1];
      const after = text[m.index + m[0].length];
      if ((before && WORD.test(before)) || (after && WORD.test(after))) continue;
      if (!looksRandom(m[0])) continue;
      out.push({ format: name, offset: m.index, token: m[0] });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** the token as evidence without repeating the secret: its first characters and its length */
export function redacted(token: string): string {
  return `${token.slice(0, Math.min(8, Math.floor(token.length / 3)))}… (${token.length} characters)`;
}

const compiled = new WeakMap<Rule, CompiledTokens>();

/** the findings of the `match.token` rules among `rules` in a file's whole text */
export function tokenFindings(rules: readonly Rule[], path: string, text: string): Finding[] {
  const out: Finding[] = [];
  let starts: number[] | undefined;
  for (const rule of rules) {
    const m = (rule.match as { token?: TokenMatch }).token;
    if (!m) continue;
    let c = compiled.get(rule);
    if (!c) compiled.set(rule, (c = compileTokens(m)));
    for (const hit of findTokens(text, c)) {
      starts ??= lineStarts(text);
      out.push(
        findingFor(rule, {
          file: path,
          line: lastAtMost(starts, hit.offset) + 1,
          evidence: `${hit.format}: ${redacted(hit.token)}`,
          message: `${rule.message.replace(/\.$/, '')} (${hit.format})`,
        }),
      );
    }
  }
  return out;
}
