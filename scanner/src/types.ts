/**
 * The scanner's core data types, shared by every analyzer, the verdict engine, the reports,
 * the registry pipeline and the web UI. Keep this file the single definition.
 */
import type { Capabilities } from '@skillgate/format';

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';
export type Verdict = 'pass' | 'review' | 'fail';
export type Stage = 'static' | 'dynamic';

/** The kind of capability a finding implies; it feeds the observed capability set. */
export type CapabilityUse =
  | { kind: 'network'; host: string; port?: number }
  | { kind: 'fs.read'; path: string }
  | { kind: 'fs.write'; path: string }
  /**
   * `sub`: the program's first argument when it is a plain word (`npm install` → `install`,
   * `git status` → `status`), which a two-word exec entry (`npm test`) must name to cover it
   */
  | {
      kind: 'exec';
      binary: string;
      sub?: string;
      /** the first arguments of each run of the program on the line, when they differ (dedupe) */
      subs?: ReadonlyArray<string | undefined>;
    }
  | { kind: 'env'; name: string };

export interface Finding {
  /** rule id from rules/ (e.g. `bash-download-exec`), or a built-in id such as `unanalyzable` */
  ruleId: string;
  severity: Severity;
  /** `threat` findings can fail a skill alone; `capability` findings describe what the skill does */
  category: 'capability' | 'threat';
  message: string;
  /** path inside the skill, posix */
  file: string;
  /** 1-based line; 0 when the finding is about the whole file or skill */
  line: number;
  column?: number;
  /** the offending source line(s) or bytes, trimmed to a few hundred characters */
  evidence?: string;
  /** what the author should do instead */
  remediation?: string;
  capability?: CapabilityUse;
  stage: Stage;
  /** dynamic findings: which run saw it (see DynamicRun.id) and the syscall, if any */
  run?: string;
  syscall?: string;
  /** for findings on decoded/deobfuscated text: how it was decoded (e.g. `base64`) */
  decodedFrom?: string;
  /** the rule's threat group (`download-exec`, `exfiltration`, `sensitive-read`...), used by the verdict */
  threat?: string;
  /**
   * network findings: whether the use can carry local data out (a request body or upload, a
   * POST-like method, a URL/header/DNS name computed at run time, data piped in, a raw socket,
   * `git push`); `false` for a plain download or GET of a constant URL; absent when unknown
   */
  sends?: boolean;
  /**
   * network findings with a destination only known at run time: `user-config` when every URL
   * starts with a variable the script never sets (the environment or a config file of the user's
   * sets it, e.g. a webhook URL in ~/.env.local) and the request carries no file and not the
   * environment; the capability comparison decides whether the skill loads that config itself;
   * `caller` when the URL is a parameter of a function the file exports and never calls itself:
   * the files that import it name the destination (their calls are analysed with it)
   */
  destination?: 'user-config' | 'caller';
  /**
   * dynamic network findings: the environment variable every URL's host is (`https://${JIRA_DOMAIN}/…`,
   * `"$GITLAB_HOST/api/v4/…"`), a variable the script never sets
   */
  hostVariable?: string;
  /**
   * network findings: environment variables named after a known issuer's credential (issuers.ts,
   * `OPENAI_API_KEY`) whose values the request carries (a header, the URL, the body)
   */
  keys?: string[];
  /**
   * network findings: those of `keys` the request carries as content (its body, outside a field
   * that authenticates, see issuers.ts authField), where the service keeps and shows it (an issue,
   * a gist, a message): sent even to the key's own service, that is no client authenticating
   */
  contentKeys?: string[];
  /**
   * sensitive reads of the agent's configuration (`~/.openclaw/openclaw.json`) whose value is
   * used only for services' credentials: the key paths read (`channels.telegram.botToken`), each
   * naming its issuer (capabilities/issuers.ts configKeys); absent for a read of the whole file
   */
  configKeys?: string[];
}

export interface CapabilityReport {
  declared: Capabilities;
  observed: Capabilities;
  undeclared: Capabilities;
  /** OpenClaw/ClawHub metadata (`metadata.openclaw.requires`, `_meta.json`) read as hints when present */
  hints?: Capabilities;
}

export interface DynamicRun {
  id: string;
  /** what ran: `scripts/x.py`, `SKILL.md:12 (shell block)`, `package.json postinstall` */
  target: string;
  argv: string[];
  exitCode: number | null;
  signal?: string | null;
  /** a limit that stopped the run (`wall`, `cpu`, `memory`, `pids`, `fsize`, `output`) */
  limitHit?: string;
  durationMs: number;
  cpuMs?: number;
  peakMemoryBytes?: number;
}

export interface DynamicSummary {
  status: 'ran' | 'skipped' | 'unavailable';
  /** why it was skipped or unavailable, in plain words */
  reason?: string;
  runs: DynamicRun[];
}

export interface ScanReport {
  /** report format version */
  schemaVersion: 1;
  skill: { name?: string; version?: string; hasManifest: boolean };
  verdict: Verdict;
  /** one line on why, for humans */
  summary: string;
  findings: Finding[];
  capabilities: CapabilityReport;
  /** milliseconds per stage (`static`, `dynamic`, `total`, and per analyzer if wanted) */
  timings: Record<string, number>;
  scanner: { version: string; rulesVersion: string };
  dynamic?: DynamicSummary;
  scannedAt: string;
}
