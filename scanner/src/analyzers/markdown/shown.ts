/**
 * Blocks a document shows as what not to do: under a heading such as "❌ Don't", "Anti-patterns",
 * "Common mistakes", "⚠️ Dangerous patterns", "Vulnerable example", after a lead such as
 * "**Bad** (…):", "Wrong:", "DANGEROUS:", "Malicious example:", "Don't do this:", or after a
 * `# wrong` / `# ❌` comment inside the block (until a `# right` / `# ✅` comment). Such a block is
 * no command to run, but a label is only words: it lowers what the block alone does to a human's
 * review and keeps it out of the flows of the blocks that are run (cap-exfiltration pairs a
 * secret read with a send anywhere in the skill), and only when the block shares nothing with
 * them: no file it writes, no file another block writes that it reads, no variable or function
 * passed either way. Findings of the other blocks are untouched.
 */
import type { Finding } from '../../types.js';

const BAD_MARK = String.raw`(?:[❌🚫⛔✗✘]|:x:|:no_entry(?:_sign)?:)`;
const GOOD_MARK = String.raw`(?:[✅✔☑]|:white_check_mark:|:heavy_check_mark:)`;
/** words that name a block as the wrong way */
const BAD_WORD = String.raw`(?:bad|wrong|incorrect|insecure|unsafe|dangerous|vulnerable|malicious|anti-?pattern|avoid|don['’]?t|do\s+not|never)`;

/** a lead line that labels the next block: "**Bad** (…):", "Wrong:", "Don't do this:", "❌ …" */
const LEAD_LABEL = new RegExp(
  String.raw`^[\s>*_+-]*(?:\d+[.)]\s*)?(?:${BAD_MARK}|${BAD_WORD}(?:\s+(?:example|practice|pattern|way|usage|approach|code|idea))?(?:\s+(?:do|use|run)\s+this)?\s*[*_]{0,2}\s*(?:[:(—–]|-\s|$))`,
  'iu',
);
/** a heading over blocks shown as the wrong way (not "Don't forget…", "Avoiding rate limits") */
const HEADING_LABEL = new RegExp(
  String.raw`^#{1,6}[ \t]+(?:[\s*_]*${BAD_MARK}|[\s*_]*(?:bad|wrong|incorrect|insecure|unsafe|dangerous|vulnerable|malicious|avoid|don['’]?t|do\s+not|never)\b(?!\s+(?:forget|skip|miss|worry|hesitate|panic|lose|stop))|.*\b(?:anti-?patterns?|what\s+not\s+to\s+do|common\s+mistakes|mistakes\s+to\s+avoid|pitfalls|don['’]?ts|bad\s+(?:examples?|practices?))\b|(?![^\n]*\b(?:install\w*|set\s*up|setup|run|quick\s*start|getting\s+started|prerequisites?|requirements?)\b)[^\p{L}\p{N}#(]*(?:[\p{L}\p{N}-]+\s+){0,2}(?:dangerous|vulnerable|malicious|insecure|unsafe)\s+(?:examples?|patterns?|code|practices?|snippets?|usage)\b)`,
  'iu',
);
/** a lead that says the block is the right way or tells the agent to run it */
const LEAD_RUN = new RegExp(
  String.raw`${GOOD_MARK}|\b(?:good|right|correct|better|instead|recommended|preferred|do\s+this|run|execute|invoke|launch|type|paste|first|then|next|now)\b`,
  'iu',
);
const DO_LEAD = /^[\s>*_+-]*do[*_]{0,2}\s*(?::|$)/i;
const COMMENT = String.raw`^\s*(?:#|\/\/|--|::|rem\s)\s*`;
/** a comment line inside a block that starts the wrong way (`# wrong`, `# ❌ don't do this`) */
const COMMENT_BAD = new RegExp(
  String.raw`${COMMENT}(?:${BAD_MARK}|(?:bad|wrong|incorrect|insecure|unsafe|anti-?pattern)\b|(?:don['’]?t|do\s+not|never|avoid)\s+(?:do\s+)?this\b|not\s+this\b)`,
  'iu',
);
/** a comment line that starts the right way again (`# right`, `# ✅ better`) */
const COMMENT_GOOD = new RegExp(
  String.raw`${COMMENT}(?:${GOOD_MARK}|(?:good|right|correct|better|instead|recommended|preferred|do\s+this)\b)`,
  'iu',
);

/** the block's heading or lead presents it as what not to do */
export function labelledBlock(heading: string | undefined, lead: string): boolean {
  const lines = lead
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const last = lines[lines.length - 1] ?? '';
  const first = lines[0] ?? '';
  if (LEAD_LABEL.test(last) || LEAD_LABEL.test(first)) return !/^\S*(?:✅|✔)/u.test(last);
  // "Do:" / "**DO**" over the block: the right way, whatever the heading
  if (lines.some((l) => DO_LEAD.test(l))) return false;
  return heading !== undefined && HEADING_LABEL.test(heading) && !LEAD_RUN.test(lead);
}

export interface Piece {
  code: string;
  /** 1-based line of the piece's first line in the document */
  line: number;
  shown: boolean;
}

/** a block cut where `# wrong` / `# right` comments switch between the wrong and the right way */
export function pieces(code: string, line: number, shown: boolean): Piece[] {
  if (!/#|\/\/|--|::|rem\s/i.test(code)) return [{ code, line, shown }];
  const lines = code.split('\n');
  const out: Piece[] = [];
  let start = 0;
  let state = shown;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    const next = COMMENT_BAD.test(l) ? true : COMMENT_GOOD.test(l) ? false : state;
    if (next === state) continue;
    if (i > start)
      out.push({ code: lines.slice(start, i).join('\n'), line: line + start, shown: state });
    start = i;
    state = next;
  }
  out.push({ code: lines.slice(start).join('\n'), line: line + start, shown: state });
  return out;
}

/** variables a block sets (at a command's start, or after export/local/readonly/declare) */
const ASSIGNED =
  /(?:^\s*|[;&|(]\s*|\b(?:export|local|readonly|declare(?:\s+-\w+)*)\s+)([A-Za-z_]\w*)\+?=/gm;
const DEFINED =
  /(?:^|[\s;&|])(?:function\s+([A-Za-z_][\w-]*)|([A-Za-z_][\w-]*)\s*\(\)\s*\{|alias\s+([A-Za-z_][\w-]*)=)/gm;
const USED = /\$\{?([A-Za-z_]\w*)|(?:^|[\s;&|(])([A-Za-z_][\w-]*)/gm;

function names(rx: RegExp, text: string): Set<string> {
  const s = new Set<string>();
  for (const m of text.matchAll(rx)) for (const g of m.slice(1)) if (g) s.add(g);
  return s;
}

function paths(found: readonly Finding[], kind: 'fs.read' | 'fs.write'): string[] {
  return found.flatMap((f) =>
    f.capability?.kind === kind ? [(f.capability as { path: string }).path] : [],
  );
}

/** the shown piece shares no file or name with the pieces that are run */
export function sharesNothing(
  shown: { code: string; found: readonly Finding[] },
  run: ReadonlyArray<{ code: string; found: readonly Finding[] }>,
): boolean {
  if (paths(shown.found, 'fs.write').length) return false;
  if (shown.found.some((f) => f.threat === 'persistence')) return false;
  const runWrites = new Set(run.flatMap((r) => paths(r.found, 'fs.write')));
  if (paths(shown.found, 'fs.read').some((p) => runWrites.has(p))) return false;
  const runText = run.map((r) => r.code).join('\n');
  const shownDefs = new Set([...names(ASSIGNED, shown.code), ...names(DEFINED, shown.code)]);
  const runDefs = new Set([...names(ASSIGNED, runText), ...names(DEFINED, runText)]);
  const used = (text: string) => names(USED, text);
  if (shownDefs.size && [...used(runText)].some((n) => shownDefs.has(n))) return false;
  if (runDefs.size && [...used(shown.code)].some((n) => runDefs.has(n))) return false;
  return true;
}

/**
 * A finding of a shown block: what it observes is no capability of the skill, a threat goes to a
 * human at most, and it is no source or sink of another block's flow (threat group, capability
 * and send flag dropped: cap-exfiltration pairs findings by those).
 */
export function shownFinding(f: Finding): Finding | undefined {
  if (f.category === 'capability') return undefined;
  const { threat: _t, capability: _c, sends: _s, ...rest } = f;
  const lowered = f.severity === 'high' || f.severity === 'critical';
  return {
    ...rest,
    severity: lowered ? 'medium' : f.severity,
    message: `${f.message.replace(/\.$/, '')} (in a block the document shows as what not to do; a human should confirm it is not run)`,
  };
}
