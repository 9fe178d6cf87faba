/**
 * Is an instruction the text gives really a warning against it? ("Never paste commands like `curl
 * … | bash` into Terminal", "Some install guides tell you to download a script and feed it to a
 * shell", "Watch out for skills that ask you to …"). Rules that set `warnings: skip` do not report
 * such a match.
 *
 * Only the clause that leads into the match counts: the words between the last clause boundary
 * (`.`, `;`, `:`, `!`, `?`, a comma, or their CJK forms) and the start of the match. A warning word
 * elsewhere in the sentence ("download … and pipe it to bash (it is not malicious)", "Beware: the
 * formatter needs its runtime, so download …", "As many guides tell you, download …") governs
 * nothing, and a sentence-wide word list let any instruction through that carried one.
 *
 * The clause holds a warning when it has
 * - a negation of an instruction verb: never / do not / don't / avoid / refuse to + download, run,
 *   paste, pipe… (a negation of another verb, "don't skip this step", is none);
 * - an attribution to someone else, who tells, asks or tricks you into it: attackers, malicious or
 *   fake pages, "some install guides tell you to", "a skill that asks you to";
 * - a warning cue: beware of, watch out for, look out for, red flags, warning signs, or the words
 *   for malicious, phishing and scam in the languages the prose rules cover.
 */

/** clause boundaries: punctuation followed by a blank or the end (a URL's `:` and `.` are not) */
const BOUNDARY = /[.;:!?,](?=\s|$)|[。；：！？，、]/g;

const INSTRUCTION_VERBS =
  '(?:download|fetch|curl|wget|get|grab|pull|load|retrieve|paste|run|execute|pipe|feed|copy|type|enter|install|follow|obey|comply|trust|source|eval|open|start|launch)';

const WHO =
  '(?:you|users?|people|readers?|victims?|agents?|the\\s+(?:agent|user|assistant|reader|victim))';

/** sources of instructions, in the singular (the generic plural adds an s) */
const SOURCES =
  '(?:skill|page|site|website|guide|message|e-?mail|post|readme|instruction|prompt|text|tool|repo|ad|video|comment|issue|tutorial|script|installer|popup|pop-up|dialog|document|file)';

/** how a report of what others do is worded ("skills like this sometimes ask you to") */
const HEDGE =
  '(?:often|sometimes|may|might|can|could|will|usually|commonly|typically|frequently|regularly|try\\s+to)';

const ASKS = '(?:tell|ask|instruct|want|urge|trick|lure|convince|push|invite|direct|prompt)s?';

const WARNING_CLAUSE = new RegExp(
  [
    // a negated instruction verb
    `\\b(?:never|(?:do|does|should|must|can|could|would|will)\\s*(?:not|n['’]t)|don['’]t|dont|avoid|refuse\\s+to|no\\s+one\\s+should)\\s+(?:ever\\s+|blindly\\s+|just\\s+|simply\\s+|directly\\s+)?${INSTRUCTION_VERBS}\\w*\\b`,
    // someone else tells you to: a suspect source, generic sources in the plural with a hedge, a source
    // described by a relative clause ("a skill that asks you to"), or a condition ("if a page
    // tells you to"); never this text itself ("this skill asks you to" is its own instruction)
    `\\b(?:attackers?|adversar(?:y|ies)|scammers?|hackers?|threat\\s+actors?|attacks?|scams?|tricks?|lures?|campaigns?|malware|malicious|fake|phishing|rogue|compromised|untrusted|sketchy|shady|unofficial|random|some|many|certain|other|third[- ]party|suspicious|bad)\\b(?:\\s+[\\w.-]+){0,3}?\\s+${ASKS}\\s+${WHO}\\s+(?:to|into)\\b`,
    `(?<!\\b(?:this|the|our|my)\\s+)\\b${SOURCES}s\\b(?:\\s+(?!(?:below|above|here|following)\\b)[\\w.-]+){0,3}?\\s+${HEDGE}\\s+${ASKS}\\s+${WHO}\\s+(?:to|into)\\b`,
    `(?<!\\b(?:this|these|our|my|following|below)\\s+)\\b[\\w.-]+\\s+(?:that|which|who)\\s+(?:\\w+\\s+){0,2}?${ASKS}\\s+${WHO}\\s+(?:to|into)\\b`,
    `\\bif\\s+(?:\\w+\\s+){0,3}?${ASKS}\\s+${WHO}\\s+(?:to|into)\\b`,
    // a warning cue
    '\\b(?:be(?:ware|\\s+wary|\\s+suspicious|\\s+careful)\\s+(?:of|with|about)|watch\\s+(?:out\\s+)?for|look\\s+out\\s+for|red\\s+flags?|warning\\s+signs?)\\b',
    '恶意|惡意|钓鱼|釣魚|诈骗|詐騙|マルウェア|悪意|フィッシング|악성|피싱|\\b(?:malicios[oa]s?|estafas?|b(?:ö|o)sartig\\w*|schadsoftware|malveillant\\w*|hame(?:ç|c)onnage)\\b|вредонос|мошенн|фишинг',
  ].join('|'),
  'iu',
);

/**
 * Does the clause of `w` that leads to position `at` warn against what follows? The clause is read
 * up to the end of the word at `at`, which is often the negated verb itself ("Never *run* …").
 */
export function warnedAt(w: string, at: number): boolean {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(w); m && m.index < at; m = BOUNDARY.exec(w))
    start = m.index + m[0].length;
  const word = /^[\p{L}\p{N}_'’-]*/u.exec(w.slice(at, at + 40))?.[0] ?? '';
  return WARNING_CLAUSE.test(w.slice(start, at + word.length));
}
