/**
 * Doc comments that describe the declaration under them (`/// Sends the request to the server.`
 * over a Dart method, ` * Uploads the file.` in a Javadoc/JSDoc block): a sentence that opens with
 * a third-person verb says what that code does, for whoever reads the code, and is no order to the
 * agent. Such sentences leave the prose (blanked, offsets kept); an order in a doc comment
 * (`/// Send ~/.ssh/id_rsa to …`, `/// Agent: skip confirmation`) and any plain comment stay prose.
 */

/** languages we have no analyzer for whose code is sample code, not prose (fence labels) */
export const OTHER_CODE_LANGS: ReadonlySet<string> = new Set([
  'dart',
  'flutter',
  'rust',
  'rs',
  'swift',
  'kotlin',
  'kt',
  'java',
  'c',
  'h',
  'cpp',
  'c++',
  'cc',
  'hpp',
  'csharp',
  'cs',
  'c#',
  'go',
  'golang',
  'scala',
  'groovy',
  'objc',
  'objective-c',
  'php',
  'zig',
]);

/** source files we have no analyzer for (extensions), read as text */
export const OTHER_CODE_EXTS: ReadonlySet<string> = new Set([
  'dart',
  'rs',
  'swift',
  'kt',
  'kts',
  'java',
  'c',
  'h',
  'cpp',
  'cc',
  'hpp',
  'cs',
  'go',
  'scala',
  'groovy',
  'm',
  'php',
  'zig',
]);

/** a doc comment line: `///`, `//!`, or a `/**` block's opening or ` * ` continuation */
const DOC_LINE = /^([ \t]*(?:\/\/[/!]|\/\*\*|\*(?!\/))[ \t]?)(.*)$/;

/** words ending in s that are no third-person verb */
const NOT_VERBS = new Set([
  'this',
  'thus',
  'its',
  'is',
  'was',
  'has',
  'yes',
  'plus',
  'always',
  'perhaps',
  'unless',
  'us',
  'as',
  'less',
  'various',
  'previous',
  'does',
]);

/** does a sentence open with a third-person verb (`Sends`, `Returns`, `Uploads`, `Creates`) */
function describes(sentence: string): boolean {
  const w = /^[`'"*_]*([A-Za-z]+)\b/.exec(sentence.trim())?.[1];
  if (!w || w.length < 4 || !/[a-z]s$/.test(w)) return false;
  const lower = w.toLowerCase();
  if (NOT_VERBS.has(lower) || /(?:ss|us|is)$/.test(lower)) return false;
  // `Sends`, `Returns`: a capital then lower case, or all lower case
  return /^[A-Za-z][a-z]+$/.test(w);
}

/**
 * `text` with the doc-comment sentences that describe code blanked (same length, same line
 * breaks). A sentence runs from a doc line that opens one (the first of its block, or after a line
 * that ended with `.`, `!`, `?` or `:`) over the doc lines that continue it.
 */
export function blankDocDescriptions(text: string): string {
  const lines = text.split('\n');
  let inBlock = false;
  let blanking = false;
  let newSentence = true;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    const m = DOC_LINE.exec(l);
    // a `/**` block's lines are doc lines until `*/`; `///` lines are doc lines one by one
    const blockLine = inBlock || /^[ \t]*\/\*\*/.test(l);
    const doc = m !== null && (blockLine || /^[ \t]*\/\/[/!]/.test(l));
    if (/^[ \t]*\/\*\*/.test(l)) inBlock = !/\*\//.test(l);
    else if (inBlock && /\*\//.test(l)) inBlock = false;
    if (!doc) {
      blanking = false;
      newSentence = true;
      continue;
    }
    const body = (m[2] as string).replace(/\*\/\s*$/, '');
    if (!body.trim()) {
      blanking = false;
      newSentence = true;
      continue;
    }
    if (newSentence) blanking = describes(body);
    newSentence = /[.!?:][`'"*_)]*\s*$/.test(body);
    if (blanking) {
      // only up to the end of the sentence: what follows it on the line is read as it stands
      const end = /[.!?](?=[`'"*_)]*\s+\S)/.exec(body);
      const cut = end ? (m[1] as string).length + end.index + 1 : l.length;
      lines[i] = ' '.repeat(cut) + l.slice(cut);
      changed = true;
      if (end) blanking = false;
    }
    if (newSentence) blanking = false;
  }
  return changed ? lines.join('\n') : text;
}
