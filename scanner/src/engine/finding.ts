/** Helpers every analyzer uses to turn a rule hit into a Finding with evidence. */
import type { Rule } from '@skillgate/rules';
import type { CapabilityUse, Finding } from '../types.js';
import { lineStarts } from './lines.js';
import { AGENT_HOMES } from './agents.js';

const EVIDENCE_MAX = 300;

/** The trimmed text of a 1-based line, cut to a few hundred characters. */
export function lineText(text: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end - start > EVIDENCE_MAX * 4) end = start + EVIDENCE_MAX * 4;
  return clip(text.slice(start, end).trim());
}

/** line starts of a text, for many evidence lookups in one file */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly source: string) {
    this.starts = lineStarts(source);
  }

  text(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    let end =
      this.starts[line] !== undefined ? (this.starts[line] as number) - 1 : this.source.length;
    if (end - start > EVIDENCE_MAX * 4) end = start + EVIDENCE_MAX * 4;
    return clip(this.source.slice(start, end).trim());
  }
}

export function clip(s: string, max = EVIDENCE_MAX): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export interface HitPlace {
  file: string;
  line: number;
  column?: number;
  evidence?: string;
  capability?: CapabilityUse;
  /** replaces the rule message (e.g. to name the host or binary) */
  message?: string;
  /** network findings: whether the use can carry local data out */
  sends?: boolean;
  /** dynamic network findings: the destination comes from the user's own config, or a caller (Finding) */
  destination?: 'user-config' | 'caller';
  /** dynamic network findings: the environment variable every URL's host is (Finding) */
  hostVariable?: string;
  /** network findings: the issuer-named variables the request carries */
  keys?: readonly string[];
  /** network findings: those of `keys` the request carries as content (Finding) */
  contentKeys?: readonly string[];
  /** sensitive reads of the agent's configuration: the only credentials' keys read (Finding) */
  configKeys?: readonly string[];
}

export function findingFor(rule: Rule, at: HitPlace): Finding {
  const f: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    category: rule.category,
    message: at.message ?? rule.message,
    file: at.file,
    line: at.line,
    remediation: rule.remediation,
    stage: 'static',
  };
  if (at.column !== undefined) f.column = at.column;
  if (at.evidence) f.evidence = clip(at.evidence);
  if (at.capability) f.capability = at.capability;
  if (rule.threat) f.threat = rule.threat;
  if (at.sends !== undefined) f.sends = at.sends;
  if (at.destination) f.destination = at.destination;
  if (at.hostVariable) f.hostVariable = at.hostVariable;
  if (at.keys?.length) f.keys = [...at.keys];
  if (at.contentKeys?.length) f.contentKeys = [...at.contentKeys];
  if (at.configKeys?.length) f.configKeys = [...at.configKeys];
  return f;
}

/** One finding per (rule, file, line, capability): analyzers may report the same hit twice. */
export function dedupe(findings: Finding[]): Finding[] {
  // capabilities are compared (as JSON) only between findings that agree on everything else:
  // most findings share their rule, file and line with no other
  const seen = new Map<string, { first: Finding; caps?: Set<string> }>();
  const capKey = (f: Finding) => JSON.stringify(f.capability ?? null);
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.file}\0${f.line}\0${f.decodedFrom ?? ''}`;
    const entry = seen.get(key);
    if (!entry) {
      seen.set(key, { first: f });
      return true;
    }
    // a program run twice on the line with different first arguments (`npm test && npm publish`)
    // is one finding whose capability keeps every first argument (`subs`), each judged
    const a = entry.first.capability;
    const b = f.capability;
    if (a?.kind === 'exec' && b?.kind === 'exec' && a.binary === b.binary) {
      const subs = [...(a.subs ?? [a.sub])];
      if (!subs.includes(b.sub)) entry.first.capability = { ...a, subs: [...subs, b.sub] };
      return false;
    }
    entry.caps ??= new Set([capKey(entry.first)]);
    const cap = capKey(f);
    if (entry.caps.has(cap)) return false;
    entry.caps.add(cap);
    return true;
  });
}

/** text that speaks to an AI agent, or the override and concealment moves aimed at one */
const TO_AGENT =
  /\b(?:AI|assistants?|agents?|Claude|LLMs?|language\s+models?|GPT|ChatGPT|Codex|Copilot|Gemini|OpenClaw)\b|\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|other|system)\b|\bsystem\s+prompt\b|\b(?:do\s+not|don't|never)\s+(?:tell|inform|mention|show|reveal)\b|\bsilently\b|\bwithout\s+(?:asking|telling|confirmation)\b/i;
/** what only an agent has: its reply, the conversation, its context, its next step */
const AGENT_CHANNEL =
  /\b(?:your|the|each|every)\s+(?:reply|replies|response|answer|final\s+message|next\s+message|output\s+to\s+the\s+user)\b|\b(?:conversation|chat\s+history|context\s+window)\b|\bbefore\s+(?:continuing|proceeding|you\s+continue|answering|responding)\b/i;
/** a standard credential store, whose mention no help text needs next to a send */
const CREDENTIAL_STORE = new RegExp(
  String.raw`~\/\.ssh\b|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.aws\/credentials|~\/\.aws\b|\.npmrc\b|\.netrc\b|\.pypirc\b|\.git-credentials\b|\.docker\/config\.json|\.kube\/config|~\/\.(?:gnupg|${AGENT_HOMES})\b|\.claude\.json\b|\bprivate\s+keys?\b|\bseed\s+phrases?\b|\bwallet\b|\bkeychain\b|\bcookies\b|\blogin\s+data\b|\b(?:all|every)\s+(?:the\s+)?(?:environment\s+variables|secrets|credentials|passwords|tokens)\b`,
  'i',
);
/** a destination the text itself names: a URL, a mail address, an IP, a host name, a network command */
const NAMED_DESTINATION =
  /\b[a-z][a-z0-9+.-]*:\/\/|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|dev|app|ai|co|me|sh|xyz|site|top|info|biz|ru|cn|example|invalid|test)\b|\b(?:curl|wget|nc|ncat|scp|rsync|sftp|ftp)\b/i;
/** the markers of usage or help text: a heading word, or the script's own command-line options */
const HELP_MARK =
  /^\s*(?:usage|options|arguments|examples?|tips?|hint|note|error|warning|help|setup)\b\s*:|(?:^|[\s[(])--?[a-z][\w-]*(?:[=\s]+(?:[A-Z][A-Z_]*|<[^>\n]+>))?(?=[\s\]),.:]|$)/im;

/**
 * Usage or help text a script prints for the person running it (`Usage: report.py --webhook URL`,
 * `Tip: put your token in ~/.config/report/.env`): it explains the script's own options and
 * where the user's settings live. It is not an instruction to the agent when it also does not
 * address an agent (AI, assistant, Claude…), carries no override or concealment move, and names
 * no destination of its own (a URL, host, IP, mail address or network command): whatever it says
 * is sent goes where the user points the script. Text that speaks to the agent, or names where
 * to send something, is read by the prose rules as any other output.
 */
export function helpForUser(text: string): boolean {
  return (
    HELP_MARK.test(text) &&
    !TO_AGENT.test(text) &&
    !AGENT_CHANNEL.test(text) &&
    !CREDENTIAL_STORE.test(text) &&
    !NAMED_DESTINATION.test(text)
  );
}

/**
 * Of what the prose rules find in text a script prints, what counts as instructions to the agent
 * (override, conceal, exfiltrate, auto-approve, hidden text): not the commands in it, and not a
 * setup hint to download and run something ("install uv: curl … | sh"), which the script's own
 * code is judged for.
 */
export function injectionFinding(f: Finding): boolean {
  return (
    f.severity !== 'info' &&
    /^(?:prose|md|text)-/.test(f.ruleId) &&
    f.threat !== 'download-exec' &&
    f.threat !== 'remote-code'
  );
}
