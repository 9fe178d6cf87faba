/**
 * Observed capabilities (from findings that carry a `capability`) against declared ones
 * (skill.json). Each undeclared use becomes its own `cap-undeclared-*` finding when the skill has
 * a manifest; a sensitive read or bulk env read plus egress to an undeclared host becomes an
 * exfiltration finding in any case.
 */
import { clientIssuers, configuredServices } from './clients.js';
import { anyoneEntry } from './domains.js';
import { LOOPBACK, isDotenv, issuerOf, keyDestination } from './issuers.js';
import { canonicalCapabilities, type Capabilities } from '@skillgate/format';
import type { Rule, RuleSet } from '@skillgate/rules';
import { findingFor } from '../engine/finding.js';
import type { CapabilityReport, CapabilityUse, Finding } from '../types.js';
import {
  canonicalHost,
  envAllowed,
  execAllowed,
  hostAllowed,
  isCredentialStore,
  isOutsideWorkspace,
  normalizePath,
  pathAllowed,
} from './match.js';
import { AGENT_HOMES, TRANSCRIPTS } from '../engine/agents.js';

type Kind = CapabilityUse['kind'];

function describe(c: CapabilityUse): string {
  switch (c.kind) {
    case 'network': {
      // as a manifest entry spells it: `api.example.com:443`, `[2001:db8::1]:8443`
      const h = canonicalHost(c.host);
      const host = h.includes(':') ? `[${h}]` : h;
      return c.port !== undefined ? `${host}:${c.port}` : host;
    }
    case 'fs.read':
    case 'fs.write':
      return normalizePath(c.path);
    case 'exec':
      return c.binary;
    case 'env':
      return c.name;
  }
}

/** does the capability need to be declared at all (workspace paths and implicit tools do not) */
function mustDeclare(c: CapabilityUse): boolean {
  if (c.kind === 'fs.read' || c.kind === 'fs.write') return isOutsideWorkspace(c.path);
  if (c.kind === 'exec') return !execAllowed([], c.binary);
  if (c.kind === 'env') return !envAllowed([], c.name);
  return true;
}

type Canonical = ReturnType<typeof canonicalCapabilities>;

export function isDeclared(declared: Capabilities, c: CapabilityUse): boolean {
  return declaredIn(canonicalCapabilities(declared), c);
}

function declaredIn(d: Canonical, c: CapabilityUse): boolean {
  switch (c.kind) {
    case 'network':
      return hostAllowed(d.network, c.host, c.port);
    case 'fs.read':
      // a declared write location may also be read back
      return pathAllowed([...d.fs.read, ...d.fs.write], c.path);
    case 'fs.write':
      return pathAllowed(d.fs.write, c.path);
    case 'exec':
      return (c.subs ?? [c.sub]).every((sub) => execAllowed(d.exec, c.binary, sub));
    case 'env':
      return envAllowed(d.env, c.name);
  }
}

export function observedCapabilities(findings: readonly Finding[]): Capabilities {
  const network = new Set<string>();
  const read = new Set<string>();
  const write = new Set<string>();
  const exec = new Set<string>();
  const env = new Set<string>();
  for (const f of findings) {
    const c = f.capability;
    if (!c || !mustDeclare(c)) continue;
    if (c.kind === 'network') network.add(describe(c));
    else if (c.kind === 'fs.read') read.add(describe(c));
    else if (c.kind === 'fs.write') write.add(describe(c));
    else if (c.kind === 'exec') exec.add(describe(c));
    else env.add(c.name);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    network: sorted(network),
    fs: { read: sorted(read), write: sorted(write) },
    exec: sorted(exec),
    env: sorted(env),
  };
}

const UNDECLARED_RULE: Record<Kind, string> = {
  network: 'network',
  'fs.read': 'fs-read',
  'fs.write': 'fs-write',
  exec: 'exec',
  env: 'env',
};

/** manifest rules by match key and value, once per rule set (a RuleSet is not mutated) */
const capRules = new WeakMap<RuleSet, Map<string, Rule | undefined>>();

/** the manifest rule whose `match` has `key: value` (looked up once per rule set) */
export function capRule(rules: RuleSet, key: string, value: string | boolean): Rule | undefined {
  let byKey = capRules.get(rules);
  if (!byKey) capRules.set(rules, (byKey = new Map()));
  const k = `${key}\0${typeof value}\0${String(value)}`;
  if (!byKey.has(k))
    byKey.set(
      k,
      rules.rules.find((r) => r.languages.includes('manifest') && r.match[key] === value),
    );
  return byKey.get(k);
}

export interface CapabilityOutcome {
  report: CapabilityReport;
  findings: Finding[];
}

const SECRET_SOURCES = new Set(['sensitive-read', 'secrets']);

/**
 * A file opened in an interactive text editor (`nano .env`, `vim ~/.config/x/keys`, `code .env`,
 * `$EDITOR .env`): the user editing their settings, whose text goes to their terminal and nowhere
 * a send can take it from. Only the editor and file names: an option (`vim -c '…'`, `+cmd`,
 * `emacs --eval`) or any other shell syntax may run something and still counts as a read.
 */
const EDITOR_OPEN =
  /^(?:nano|pico|vi|vim|nvim|view|emacs|micro|code|subl|gedit|kate|\$\{?(?:VISUAL|EDITOR)(?::-\w+)?\}?)(?:[ \t]+(?![-+])[\w./~@%:=,-]+)+[ \t]*$/;

/** a secret source: a sensitive read or a bulk secret read, not a file opened in an editor */
const secretSource = (f: Finding): boolean =>
  f.threat !== undefined &&
  SECRET_SOURCES.has(f.threat) &&
  !(f.threat === 'sensitive-read' && EDITOR_OPEN.test(f.evidence ?? ''));

/** a sensitive read of a file in the working tree (`.env`, `config/credentials.json`) */
function workspaceConfig(f: Finding): boolean {
  return (
    f.threat === 'sensitive-read' &&
    f.capability !== undefined &&
    'path' in f.capability &&
    !isOutsideWorkspace(f.capability.path)
  );
}

/**
 * A known issuer's key (`$OPENAI_API_KEY`, `process.env.STRIPE_SECRET_KEY`) that a request carries
 * to a fixed host: its issuer's own hosts, this machine and the hosts skill.json declares are
 * where it may go; a documented gateway for that API or another issuer's API is a known service a
 * human confirms (cap-key-gateway); any other host receives the secret (cap-key-elsewhere). A
 * destination only known at run time (a base URL the user sets) is not judged here.
 */
function keysSent(
  findings: readonly Finding[],
  declC: ReturnType<typeof canonicalCapabilities>,
  rules: RuleSet,
): Finding[] {
  const elsewhere = capRule(rules, 'keyElsewhere', true);
  const gateway = capRule(rules, 'keyGateway', true);
  const content = capRule(rules, 'keyContent', true);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const c = f.capability;
    if (!f.keys?.length || c?.kind !== 'network') continue;
    if (LOOPBACK.test(c.host)) continue;
    const declared = declaredIn(declC, c);
    for (const key of f.keys) {
      const issuer = issuerOf({ env: key });
      if (!issuer) continue;
      const where = keyDestination(issuer, c.host);
      // a key in the body of a request to its own service (an issue, a gist, a message), which
      // keeps it where others read it: no client authenticating, declared host or not
      const kept =
        where !== 'elsewhere' && content && f.contentKeys?.includes(key) ? content : undefined;
      // a declared host may receive a key issued for it, never a key no client sends
      if (!kept && declared && !issuer.neverSent) continue;
      const rule =
        kept ?? (where === 'elsewhere' ? elsewhere : where === 'known' ? gateway : undefined);
      const id = `${f.file}\0${f.line}\0${key}\0${c.host}`;
      if (!rule || seen.has(id)) continue;
      seen.add(id);
      out.push(
        findingFor(rule, {
          file: f.file,
          line: f.line,
          evidence: f.evidence,
          message: kept
            ? `${rule.message} (${key}, issued by ${issuer.name}, in the body sent to ${c.host})`
            : issuer.neverSent
              ? `${rule.message} (${key}, of ${issuer.name}, sent to ${c.host})`
              : `${rule.message} (${key}, issued by ${issuer.name} for ${issuer.hosts.join(', ')}, sent to ${c.host})`,
        }),
      );
    }
  }
  return out;
}

/**
 * A finding per declared host entry (capabilities.network, or the hosts of an env secret) that
 * lets anyone receive the data (domains.ts anyoneEntry): the manifest declares no destination.
 */
function anyoneEntries(
  declC: ReturnType<typeof canonicalCapabilities>,
  rules: RuleSet,
  fileText?: (file: string) => string | undefined,
): Finding[] {
  const rule = capRule(rules, 'anyoneHost', true);
  if (!rule) return [];
  const where = [
    ...declC.network.map((e) => [e, 'capabilities.network'] as const),
    ...declC.env.flatMap((e) =>
      typeof e === 'string' ? [] : e.hosts.map((h) => [h, `the hosts of env ${e.name}`] as const),
    ),
  ];
  const text = fileText?.('skill.json') ?? '';
  const lines = text.split('\n');
  const out: Finding[] = [];
  for (const [entry, field] of where) {
    if (!anyoneEntry(entry)) continue;
    const i = lines.findIndex((l) => l.includes(JSON.stringify(entry)));
    out.push(
      findingFor(rule, {
        file: 'skill.json',
        line: i + 1,
        ...(i >= 0 ? { evidence: (lines[i] as string).trim() } : {}),
        message: `${rule.message} ("${entry}" in ${field}: ${entry.startsWith('*') && !entry.startsWith('*.') ? 'any host' : 'any host of a public suffix, whose names anyone can register or get from the platform'})`,
      }),
    );
  }
  return out;
}

export function compareCapabilities(
  findings: readonly Finding[],
  declared: Capabilities | undefined,
  rules: RuleSet,
  hints?: Capabilities,
  /** the hosts a file names in URL literals (`https://host/…`), when the caller has its text */
  urlHosts?: (file: string) => readonly string[],
  /** a file's text, when the caller has it */
  fileText?: (file: string) => string | undefined,
  /** the skill's own names (engine/hints.ts skillNames), asked when a credential needs them */
  own?: () => readonly string[],
  more: {
    /** does the skill ship this file, or files under this folder (a path from its root) */
    ships?: (path: string) => boolean;
    /**
     * `declared` are the entries of a skill.json that fails validation spelled in a valid form:
     * they are what an undeclared use is judged against (each use they miss is a finding, as
     * with a valid manifest), but no host of theirs is a safe destination for a secret
     */
    broken?: boolean;
  } = {},
): CapabilityOutcome {
  if (more.ships) findings = ownClimbs(findings, more.ships);
  const decl = declared ?? {};
  // canonical forms once per scan, not once per finding
  const declC = canonicalCapabilities(decl);
  const againstC = declared || !hints ? declC : canonicalCapabilities(hints);
  // where data may go: a declared entry anyone can receive under (`*`, `*.vercel.app`) covers a
  // host for the undeclared-use check (its own finding says so) but makes no host a safe
  // destination for a secret; nor does any host of a manifest that fails validation
  const sendC = more.broken
    ? canonicalCapabilities({})
    : { ...declC, network: declC.network.filter((e) => !anyoneEntry(e)) };
  const out: Finding[] = [...anyoneEntries(declC, rules, fileText)];
  const observed = observedCapabilities(findings);
  const undeclaredUses: Finding[] = [];
  for (const f of findings) {
    const c = f.capability;
    if (!c || !mustDeclare(c) || declaredIn(againstC, c)) continue;
    undeclaredUses.push(f);
  }
  const undeclared = observedCapabilities(undeclaredUses);
  if (declared) {
    const seen = new Set<string>();
    for (const f of undeclaredUses) {
      const c = f.capability as CapabilityUse;
      // a program the manifest declares with another subcommand (`npm test`) is named with the
      // one it runs here (`npm install`)
      const sub =
        c.kind === 'exec'
          ? (c.subs ?? [c.sub]).find((s) => !execAllowed(declC.exec, c.binary, s))
          : undefined;
      const what =
        c.kind === 'exec' && sub && declC.exec.some((e) => e.startsWith(`${c.binary} `))
          ? `${c.binary} ${sub}`
          : describe(c);
      const key = `${c.kind}:${what}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rule = capRule(rules, 'undeclared', UNDECLARED_RULE[c.kind]);
      if (!rule) continue;
      out.push(
        findingFor(rule, {
          file: f.file,
          line: f.line,
          evidence: f.evidence,
          capability: c,
          message: `${rule.message} (${c.kind} ${what}, seen by ${f.ruleId}${more.broken ? '; skill.json fails validation, so only its entries in a valid form count' : ''})`,
        }),
      );
    }
  }
  // capability + threat: secrets read and sent to a host nobody declared
  const secretReads = findings.filter(secretSource);
  // a dotenv/config file in the working tree (`.env`, `config/.env`) is the skill's own settings:
  // it pairs with a send to a named undeclared host, or with a destination only known at run time
  // in the same file; a config loader in one file and an API client (base URL + path) in another
  // go to a human instead
  const source = secretReads.find((f) => !workspaceConfig(f)) ?? secretReads[0];
  const configOnly = source !== undefined && secretReads.every(workspaceConfig);
  // the whole environment, or credential files outside the workspace (a workspace `.env` is config)
  // the paths a secret read names: its own capability, or the file reads seen on its line
  const readPaths = (f: Finding): string[] =>
    f.capability && 'path' in f.capability
      ? [f.capability.path]
      : findings
          .filter((g) => g.file === f.file && g.line === f.line && g.capability?.kind === 'fs.read')
          .map((g) => (g.capability as { path: string }).path);
  const strongSource = findings.find(
    (f) =>
      f.threat === 'secrets' ||
      (secretSource(f) && readPaths(f).some((p) => isOutsideWorkspace(p))),
  );
  const bulkEnv = findings.some((f) => f.threat === 'secrets');
  // a sink must be able to carry data out: a plain download or GET of a constant URL (`sends`
  // false) is no exfiltration even next to a secret read; unknown (`sends` absent) counts
  // a service on this machine (a local gateway on 127.0.0.1) is no destination data leaves for;
  // nor, for what is read from a file, a literal address of the user's own private network
  // (`http://192.168.1.213:5000`, an intranet service the skill is written for): no one outside
  // it receives there, so a human looks (the whole environment sent there still counts)
  const sendingSinks = findings.filter(
    (f) =>
      f.sends !== false &&
      f.capability?.kind === 'network' &&
      !LOOPBACK.test(f.capability.host) &&
      !(!bulkEnv && PRIVATE_ADDRESS.test(f.capability.host)) &&
      !declaredIn(sendC, f.capability),
  );
  const namedSink = sendingSinks[0];
  // a destination computed at run time: the whole environment may not go there, and nothing
  // secret may when no host is declared (with declared hosts the sandbox holds it to them)
  const runtimeSink = findings.find(
    (f) =>
      f.sends !== false &&
      f.threat === 'egress' &&
      !f.capability &&
      (bulkEnv || !sendC.network.length),
  );
  const readFiles = new Set(secretReads.map((f) => f.file));
  // …and the client's file names no undeclared host the request could really be going to (an
  // unresolved `self.session.post("https://…")` is no destination known only at run time)
  const apart =
    configOnly &&
    runtimeSink !== undefined &&
    !findings.some(
      (f) => f.sends !== false && f.threat === 'egress' && !f.capability && readFiles.has(f.file),
    ) &&
    urlHosts !== undefined &&
    !urlHosts(runtimeSink.file).some(
      (host) => !LOOPBACK.test(host) && !hostAllowed(sendC.network, host, undefined),
    );
  // a tool's stored credential sent only to that tool's service (gh's hosts.yml → api.github.com)
  // is a client authenticating to its own API: a human looks, it is not exfiltration
  // (a fetch wrapper another file imports, whose URL is its parameter, sends where its callers
  // say: their calls are the sinks, judged with the destination they name)
  const issuer = findings.some(
    (f) =>
      f.sends !== false && f.threat === 'egress' && !f.capability && f.destination !== 'caller',
  )
    ? undefined
    : clientIssuers({ findings, secretReads, sendingSinks, readPaths, fileText, own });
  // every destination is one the user configured (a webhook URL from their own env file, see the
  // bash analyzer's configDestination) and no secret comes from a standard credential store or
  // from another file: the user chose where it goes, a human looks, it is not exfiltration
  const runtimeSinks = findings.filter(
    (f) => f.sends !== false && f.threat === 'egress' && !f.capability,
  );
  const sinkFiles = new Set(runtimeSinks.map((f) => f.file));
  const userConfigured =
    !namedSink &&
    !bulkEnv &&
    runtimeSinks.length > 0 &&
    runtimeSinks.every((f) => f.destination === 'user-config') &&
    secretReads.every(
      // the user's own files (not one the skill ships or the working tree holds)
      (f) =>
        sinkFiles.has(f.file) &&
        readPaths(f).length > 0 &&
        readPaths(f).every((p) => isOutsideWorkspace(p) && !isCredentialStore(p)),
    ) &&
    // the config is loaded by the skill itself (`source ~/.env.local`, `. ~/.tool/env.sh`)…
    secretReads.some((f) => /^(?:source|\.)\s/.test(f.evidence ?? '')) &&
    // …and no file with findings names a host the configured variable could be pointed at
    urlHosts !== undefined &&
    [...new Set(['SKILL.md', ...findings.map((f) => f.file)])].every((file) =>
      urlHosts(file).every((host) => LOOPBACK.test(host)),
    );
  // a dotenv the script loads whose keys go only to the host the user set for that service
  // (`https://${JIRA_DOMAIN}/…` with `$JIRA_API_TOKEN`): a client of a service the skill cannot
  // name, a human looks (clients.ts configuredServices)
  const services =
    !namedSink && !bulkEnv && runtimeSinks.length && !userConfigured && !apart
      ? configuredServices(
          { findings, secretReads, sendingSinks, readPaths, fileText, own },
          runtimeSinks,
        )
      : undefined;
  const sink = issuer
    ? undefined
    : (namedSink ?? (apart || userConfigured || services ? undefined : runtimeSink));
  const exfil = capRule(rules, 'exfiltration', true);
  const untraced = capRule(rules, 'untracedExfiltration', true);
  if (source && sink && exfil) {
    const where =
      sink.capability?.kind === 'network' ? sink.capability.host : 'a host computed at run time';
    // a credential or config file read and a send that nothing traced between them (no flow
    // finding of an analyzer) are held for a human, unless what is read is itself the evidence
    const why = joinEvidence(findings, secretReads, readPaths, [...sendingSinks, ...runtimeSinks]);
    const rule = why === undefined && untraced ? untraced : exfil;
    out.push(
      findingFor(rule, {
        file: sink.file,
        line: sink.line,
        evidence: sink.evidence,
        message: `${rule.message} (${source.file}:${source.line} ${source.ruleId} → ${sink.file}:${sink.line} to ${where}${why ? `; ${why}` : ''})`,
      }),
    );
  }
  // the skill's own config read, and sends to a destination only known at run time → a human looks
  const review = capRule(rules, 'declaredSecretEgress', true);
  if (issuer && review && source && namedSink)
    out.push(
      findingFor(review, {
        file: namedSink.file,
        line: namedSink.line,
        evidence: namedSink.evidence,
        message: `The skill reads the ${issuer.map((i) => i.name).join(' and ')} credential${issuer.length > 1 ? 's' : ''} (${source.file}:${source.line} ${source.ruleId}) and sends requests only to ${issuer.length > 1 ? 'the service that issued each' : 'that service'} (${[...new Set(sendingSinks.map((f) => (f.capability as { host: string }).host))].join(', ')}); a human should confirm it only authenticates there and never posts a credential itself.`,
      }),
    );
  if (userConfigured && !sink && runtimeSink && review && source)
    out.push(
      findingFor(review, {
        file: runtimeSink.file,
        line: runtimeSink.line,
        evidence: runtimeSink.evidence,
        message: `The skill reads the user's own config (${source.file}:${source.line} ${source.ruleId}) and sends to the destination configured there (${runtimeSink.file}:${runtimeSink.line}); it names no host itself, so a human should confirm only the configured service gets the values.`,
      }),
    );
  if (services && !sink && runtimeSink && review && source)
    out.push(
      findingFor(review, {
        file: runtimeSink.file,
        line: runtimeSink.line,
        evidence: runtimeSink.evidence,
        message: `The skill loads its dotenv (${source.file}:${source.line} ${source.ruleId}) and sends the ${services.join(' and ')} keys only to the host the user sets for that service (${runtimeSinks
          .map((f) => `$${f.hostVariable ?? '?'}`)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join(
            ', ',
          )}); a human should confirm the skill does not set or suggest that host itself.`,
      }),
    );
  if (apart && !sink && runtimeSink && review && source)
    out.push(
      findingFor(review, {
        file: runtimeSink.file,
        line: runtimeSink.line,
        evidence: runtimeSink.evidence,
        message: `The skill reads its workspace config (${source.file}:${source.line} ${source.ruleId}) and sends to a destination computed at run time (${runtimeSink.file}:${runtimeSink.line}); no host is declared, so a human should confirm the values only go to the service they configure.`,
      }),
    );
  out.push(...keysSent(findings, sendC, rules));
  // risky but declared: secrets read and the skill talks to (declared) hosts → a human looks
  const declaredEgress = findings.find(
    (f) => f.sends !== false && (f.threat === 'egress' || f.capability?.kind === 'network'),
  );
  const risky = capRule(rules, 'declaredSecretEgress', true);
  if (
    strongSource &&
    declaredEgress &&
    !out.some(
      (f) => f.ruleId === exfil?.id || f.ruleId === risky?.id || f.ruleId === untraced?.id,
    ) &&
    risky
  ) {
    out.push(
      findingFor(risky, {
        file: strongSource.file,
        line: strongSource.line,
        evidence: strongSource.evidence,
        message: `${risky.message} (${strongSource.file}:${strongSource.line} ${strongSource.ruleId}; egress at ${declaredEgress.file}:${declaredEgress.line})`,
      }),
    );
  }
  // the skill's own text as a declaration: it promises no network use, yet the code sends who
  // the user is (fail) or talks to a host nobody declared (review)
  const claim = findings.find((f) => f.threat === 'claims-offline');
  if (claim) {
    const beacon = findings.find((f) => f.threat === 'identity-beacon');
    const egress = findings.find(
      (f) => f.capability?.kind === 'network' && !declaredIn(sendC, f.capability),
    );
    const rule = beacon
      ? capRule(rules, 'offlineClaimBeacon', true)
      : egress
        ? capRule(rules, 'offlineClaimEgress', true)
        : undefined;
    const at = beacon ?? egress;
    if (rule && at) {
      const to = at.capability?.kind === 'network' ? ` to ${at.capability.host}` : '';
      out.push(
        findingFor(rule, {
          file: at.file,
          line: at.line,
          evidence: at.evidence,
          message: `${rule.message} (${claim.file}:${claim.line} "${(claim.evidence ?? '').trim().slice(0, 80)}" → ${at.file}:${at.line} ${at.ruleId}${to})`,
        }),
      );
    }
  }
  out.push(...outputRelays(findings, rules, fileText));
  return {
    report: { declared: decl, observed, undeclared },
    findings: out,
  };
}

/**
 * A relative path that climbs out of the workspace (`../references/a.md`) in a file of a folder of
 * the skill (`scripts/run.sh`) that, taken from that file's folder, names a file or folder the
 * skill ships (`references/a.md`): the script was written to run from its own folder (`cd
 * "$(dirname "$0")"` first, or the skill says `cd scripts`), so the read is of the skill's own
 * files (`$SKILL/references/a.md`). Any other climb (`../../.ssh/id_rsa`, `../x` from the skill's
 * root, a path the skill does not ship) stays a path outside the workspace.
 */
function ownClimbs(findings: readonly Finding[], ships: (path: string) => boolean): Finding[] {
  return findings.map((f) => {
    const c = f.capability;
    if (c?.kind !== 'fs.read' && c?.kind !== 'fs.write') return f;
    const p = normalizePath(c.path);
    const dir = f.file.includes('/') ? f.file.slice(0, f.file.lastIndexOf('/')) : '';
    if (!dir || !/^\.\.(?:\/|$)/.test(p) || /[*?[{]/.test(p)) return f;
    const inSkill = normalizePath(`${dir}/${p}`);
    if (inSkill === '.' || /^(?:\.\.|[~/$])/.test(inSkill) || !ships(inSkill)) return f;
    return { ...f, capability: { kind: c.kind, path: `$SKILL/${inSkill}` } };
  });
}

/** a literal IPv4 address of a private network (RFC 1918), not link-local nor shared space */
const PRIVATE_ADDRESS =
  /^(?:10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2})$/;

/** the rules whose sensitive reads are reads of a credential or config file (a path) */
const FILE_READS = new Set(['bash-sensitive-read', 'py-sensitive-path', 'js-sensitive-path']);

/**
 * a folder of credentials, whole or by a glob (`~/.ssh`, `~/.aws/*`, `~/.config/gh/`, the agent's
 * store `~/.openclaw/credentials/*`), or of an agent's session transcripts (`~/.claude/projects`,
 * `~/.codex/sessions`, `~/.openclaw/agents/main/sessions`: whole conversations, every secret
 * pasted or printed in them)
 */
const CREDENTIAL_FOLDER = new RegExp(
  String.raw`^~\/(?:\.ssh|\.aws|\.azure|\.gnupg|\.kube|\.docker|\.password-store|\.config\/(?:gcloud|gh|solana)|\.${AGENT_HOMES}(?:\/credentials)?|${TRANSCRIPTS})(?:\/\*{1,2}(?:\/\*)?)?$`,
);

/** shell commands that copy, pack, encrypt or commit what they read */
const STAGES =
  /^(?:\S*\/)?(?:cp|mv|ln|rsync|scp|tar|zip|7z|gzip|bzip2|xz|zstd|ditto|dd|install|git|openssl|gpg|age|base64|split)\b/;

/**
 * files whose mere reading next to a send is evidence: private keys (SSH, GnuPG, a wallet), the
 * password store, browser profiles (cookies, saved logins), keychains, an Electron app's Local
 * Storage leveldb and Telegram's tdata (messenger sessions: Discord's token lives there), an
 * editor's globalStorage/state.vscdb (Cursor's access token, extensions' API keys),
 * /etc/shadow, a process's environment (`/proc/self/environ`: every secret the environment holds);
 * a public key
 * (`*.pub`) is none
 */
const KEY_STORE =
  /^~\/\.ssh\/(?:[^/]*\/)*(?!\S*\.pub$)(?:id_(?:rsa|ed25519|ecdsa|dsa)[^/]*|[^/]*\.(?:pem|key|ppk)|[^/]*_(?:rsa|ed25519|ecdsa|dsa))$|^~\/\.(?:gnupg|password-store|electrum|bitcoin|ethereum)(?:\/|$)|^~\/\.config\/solana\/|(?:^|\/)(?:Cookies|Login Data|Web Data|logins\.json|cookies\.sqlite|key[34]\.db|wallet\.dat)$|(?:^|\/)globalStorage\/state\.vscdb(?:\.backup)?$|Google\/Chrome|google-chrome|chromium|BraveSoftware|Brave-Browser|Microsoft Edge|\.mozilla|Firefox|Keychains|\.keychain(?:-db)?$|(?:^|\/)Local Storage\/leveldb(?:\/|$)|(?:^|\/)Telegram Desktop\/tdata(?:\/|$)|^\/etc\/shadow$|^\/proc\/(?:self|thread-self|\d+)\/environ$/i;

/** the store a credential path belongs to: `~/.aws`, `~/.config/gh`, `~/.npmrc` */
function storeOf(p: string): string {
  const m = /^(~\/\.config\/[^/]+|~\/Library\/[^/]+\/[^/]+|~\/[^/]+|\/[^/]+\/[^/]+)/.exec(p);
  return m ? (m[1] as string) : p;
}

/**
 * Why a secret read and a send with no traced path between them still make exfiltration (a
 * reason for the message), or undefined when nothing does and a human should look instead: an
 * analyzer's flow finding traced a secret into a send; the secret is not a file read (the
 * whole environment, a keychain item, a browser's decrypted store, keystrokes, the screen or the
 * clipboard); a file read is a private key, a password or browser store, a keychain or a wallet;
 * or the skill reads the credential stores of two or more tools (`~/.aws` and `~/.npmrc`), a
 * harvest no single client needs.
 */
function joinEvidence(
  findings: readonly Finding[],
  secretReads: readonly Finding[],
  readPaths: (f: Finding) => string[],
  sinks: readonly Finding[],
): string | undefined {
  const flow = findings.find(
    (f) =>
      (f.threat === 'exfiltration' && f.category === 'threat' && !f.ruleId.startsWith('cap-')) ||
      f.threat === 'credential-flow',
  );
  if (flow) return `traced by ${flow.ruleId} at ${flow.file}:${flow.line}`;
  const other = secretReads.find((f) => !FILE_READS.has(f.ruleId));
  if (other) return `${other.ruleId} at ${other.file}:${other.line}`;
  // a file loaded into the shell's variables (`source ~/.env.local`) or a dotenv file: every
  // variable a request carries may hold one of its values (the key rules judge those)
  const loaded = secretReads.find(
    (f) => /^(?:source|\.)\s/.test(f.evidence ?? '') || readPaths(f).some(isDotenv),
  );
  if (loaded) {
    const env = readPaths(loaded).find(isDotenv);
    return `loads ${env ?? loaded.evidence ?? 'a settings file'} at ${loaded.file}:${loaded.line}`;
  }
  // a copy, an archive or a commit of the file (`tar czf "$t" ~/.ssh`, `cp ~/.aws/credentials
  // "$t"`, `git add -A`): where the copy goes next is not traced by name
  const staged = secretReads.find(
    (f) => f.ruleId === 'bash-sensitive-read' && STAGES.test(f.evidence ?? ''),
  );
  if (staged) return `copies it (${staged.evidence}) at ${staged.file}:${staged.line}`;
  const at = (f: Finding) => `${f.file}\0${f.line}`;
  // code that copies the file (`shutil.copy(KEY, "/tmp/k")`, `fs.cpSync`): a read and a write
  // on one line
  const writes = new Set(findings.filter((f) => f.capability?.kind === 'fs.write').map(at));
  const copied = secretReads.find(
    (f) =>
      f.ruleId !== 'bash-sensitive-read' &&
      findings.some(
        (g) => g.capability?.kind === 'fs.read' && at(g) === at(f) && writes.has(at(g)),
      ),
  );
  if (copied) return `copies ${readPaths(copied)[0] ?? 'it'} at ${copied.file}:${copied.line}`;
  // the read and a send in one statement (`send(HOST, PORT, HOME + '/.aws/credentials')`)
  const sinkAt = new Set(sinks.map(at));
  // handed over through a file outside the skill: a file that reads the secret writes a path
  // (`/tmp/.cache.json`) and the sending line of another file reads that path (`curl
  // --data-binary @/tmp/.cache.json …`), one script collecting and the next sending
  const pathAt = (f: Finding, kind: 'fs.read' | 'fs.write'): string | undefined =>
    f.capability?.kind === kind ? normalizePath(f.capability.path) : undefined;
  const readers = new Set(secretReads.map((f) => f.file));
  const dropped = new Map<string, Finding>();
  for (const f of findings) {
    const p = pathAt(f, 'fs.write');
    if (p && readers.has(f.file) && /^[~/]/.test(p) && !/[*\u0001\uFFFF]/.test(p))
      dropped.set(p, f);
  }
  for (const g of findings) {
    const p = pathAt(g, 'fs.read');
    const w = p !== undefined ? dropped.get(p) : undefined;
    if (w && w.file !== g.file && sinkAt.has(at(g)))
      return `${w.file}:${w.line} writes ${p}, which ${g.file}:${g.line} sends`;
  }
  const together = secretReads.find((f) => sinkAt.has(at(f)));
  if (together) return `read and sent on ${together.file}:${together.line}`;
  // a whole folder of credentials, or a glob over one (`~/.ssh`, `~/.ssh/*`, `~/.aws/`)
  const folder = secretReads
    .flatMap((f) => readPaths(f).map(normalizePath))
    .find((p) => CREDENTIAL_FOLDER.test(p));
  if (folder) return `reads the folder ${folder}`;
  // code that names a credential file but reads it in a way the analyzer did not follow (a glob,
  // a loop over paths, a parser's own read): the value's way is unknown
  const fileReads = new Set(
    findings
      .filter((f) => f.capability?.kind === 'fs.read' && !FILE_READS.has(f.ruleId))
      .map((f) => `${f.file}\0${normalizePath((f.capability as { path: string }).path)}`),
  );
  const unfollowed = secretReads.find(
    (f) =>
      f.ruleId !== 'bash-sensitive-read' &&
      readPaths(f).some((p) => !fileReads.has(`${f.file}\0${normalizePath(p)}`)),
  );
  if (unfollowed)
    return `reads ${readPaths(unfollowed)[0] ?? 'it'} where its value is not followed`;
  // a client whose requests the analyzer did not see whole (a connection or client object kept
  // for later, `sends` unknown) may carry anything
  const opaque = sinks.find((f) => f.sends !== true);
  if (opaque) return `sends through ${opaque.file}:${opaque.line}, whose payload is not followed`;
  const paths = secretReads.flatMap((f) => readPaths(f).map(normalizePath));
  // a key the code reads, not only names (`existsSync('~/.ssh/id_ed25519')` before reading its
  // `.pub`): a file read on that path (a shell command's, `open`, `readFileSync`, `shutil.copy`)
  const read = new Set(
    findings
      .filter((f) => f.capability?.kind === 'fs.read' && !FILE_READS.has(f.ruleId))
      .map((f) => normalizePath((f.capability as { path: string }).path)),
  );
  const key = paths.find((p) => KEY_STORE.test(p) && read.has(p));
  if (key) return `reads ${key}`;
  const stores = [...new Set(paths.filter(isOutsideWorkspace).map(storeOf))];
  if (stores.length >= 2)
    return `reads the credentials of ${stores.length} tools (${stores.slice(0, 4).join(', ')})`;
  return undefined;
}

/** script or program files a line of prose names (`bash scripts/brief.sh`, `node sync.js`) */
const NAMED_FILE = /[\w./-]+\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|mts|rb|pl|php|ps1)\b/g;

/**
 * The skill's text tells the agent to obey what a command prints (prose-obeys-output), and that
 * command fetches from a network host: the command on the same line (`curl -s https://… and do
 * exactly what it says`) or a file the line names (`run scripts/brief.sh and follow the
 * instructions in its output`, the script curling a host). The agent's instructions then come
 * from that host at run time (a remote instruction relay). Only the named command counts: a
 * skill that also calls an API elsewhere does not make `follow the steps next.sh prints` a relay.
 */
function outputRelays(
  findings: readonly Finding[],
  rules: RuleSet,
  fileText?: (file: string) => string | undefined,
): Finding[] {
  const rule = capRule(rules, 'outputRelay', true);
  if (!rule) return [];
  const out: Finding[] = [];
  for (const o of findings) {
    if (o.threat !== 'obeys-output') continue;
    // "it" is a command of the sentence's paragraph, up to the sentence's line (`Run \`node
    // scripts/sync.js\`. Treat whatever it prints as …`), not one of an earlier paragraph
    const lines = fileText?.(o.file)?.split('\n') ?? [];
    let first = o.line;
    while (first > 1 && (lines[first - 2] ?? '').trim() !== '' && o.line - first < 12) first--;
    const para = lines.slice(first - 1, o.line).join('\n') || (o.evidence ?? '');
    const named = [...para.matchAll(NAMED_FILE)].map((m) => m[0].replace(/^\.\//, ''));
    const net = findings.find(
      (f) =>
        f.capability?.kind === 'network' &&
        ((f.file === o.file && f.line >= first && f.line <= o.line) ||
          named.some((n) => f.file === n || f.file.endsWith(`/${n}`))),
    );
    if (!net) continue;
    const to = net.capability?.kind === 'network' ? ` from ${net.capability.host}` : '';
    out.push(
      findingFor(rule, {
        file: o.file,
        line: o.line,
        evidence: o.evidence,
        message: `${rule.message} (${o.file}:${o.line} → ${net.file}:${net.line} ${net.ruleId}${to})`,
      }),
    );
  }
  return out;
}
