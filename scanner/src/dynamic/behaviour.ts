/**
 * Behaviour -> findings for one observed run. Pure: an ObserveResult and the declared capabilities
 * in, findings with the run id, evidence bytes and syscall out.
 */
import { constants, inflateSync } from 'node:zlib';
import type { Capabilities } from '@skillgate/format';
import {
  connectTarget,
  openPath,
  opensForWrite,
  type ObserveResult,
  type TraceEvent,
} from '@skillgate/sandbox';
import { execAllowed, hostAllowed, pathAllowed } from '../capabilities/match.js';
import type { CapabilityUse, Finding } from '../types.js';
import { findCanaries, type CanaryHit } from './canary.js';
import { DYNAMIC_RULES as R, type DynamicRule } from './rules.js';
import type { RunTarget } from './targets.js';
import { AGENT_DIR } from '../engine/hints.js';

const HOME = '/home/agent';
const EVIDENCE_MAX = 400;

/** Credential stores (sandbox paths). Reading ~/.ssh/config or known_hosts is not on the list. */
const SENSITIVE = [
  /^~\/\.ssh\/(id_[^/]*|.*_key|authorized_keys)$/,
  /^~\/\.aws\/credentials$/,
  /^~\/\.netrc$/,
  /(^|\/)\.env(\.[\w-]+)?$/,
  AGENT_DIR,
  /^~\/\.config\/(google-chrome|chromium|BraveSoftware|microsoft-edge)\/.*\/(Login Data|Cookies|Web Data)$/,
  /^~\/Library\/Application Support\/(Google\/Chrome|Chromium|BraveSoftware|Microsoft Edge)\/.*\/(Login Data|Cookies|Web Data)$/,
  /^~\/\.mozilla\/firefox\/.*\/(logins\.json|key4\.db|cookies\.sqlite)$/,
  /^~\/\.git-credentials$/,
  /^~\/\.npmrc$/,
  /^~\/\.pypirc$/,
  /^~\/\.docker\/config\.json$/,
  /^~\/\.kube\/config$/,
  /^~\/\.gnupg\//,
  /^~\/Library\/Keychains\//,
  /^\/etc\/shadow$/,
];

const PERSISTENCE = [
  /^~\/\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|cshrc|tcshrc|kshrc)$/,
  /^~\/\.config\/fish\//,
  /^~\/\.ssh\/(authorized_keys2?|rc|config)$/,
  /^\/(var\/spool\/cron|etc\/cron[^/]*)(\/|$)/,
  /^\/etc\/(profile|bash\.bashrc|environment|rc\.local|ld\.so\.preload)(\/|$|\.d\/)/,
  /^~\/\.config\/(systemd|autostart)\//,
  /^\/(etc|usr\/lib|lib)\/systemd\//,
  /^~\/Library\/(LaunchAgents|LaunchDaemons)\//,
  /^\/Library\/(LaunchAgents|LaunchDaemons)\//,
  AGENT_DIR,
  /^~\/\.(local\/share\/)?[\w.-]*skills?\//,
  /^~\/\.gitconfig$/,
  /^~\/\.npmrc$/,
  /^~\/\.pip\/|^~\/\.config\/pip\//,
];

const INTERPRETERS =
  /^(sh|bash|dash|zsh|ksh|ash|fish|busybox|env|python[\d.]*|node|nodejs|deno|bun|perl|ruby|php|tsx|npx)$/;
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash', 'busybox', 'fish']);
const FETCHERS = new Set(['curl', 'wget', 'fetch', 'aria2c', 'http', 'lwp-download']);
const TUNNEL_TOOLS = new Set([
  'ngrok',
  'cloudflared',
  'frpc',
  'chisel',
  'bore',
  'localtunnel',
  'lt',
  'autossh',
  'sshuttle',
  'socat',
  'gost',
  'rathole',
]);
const MINER_TOOLS =
  /^(xmrig|xmr-stak|cpuminer|minerd|t-rex|ethminer|nbminer|lolminer|gminer|cgminer|bfgminer|phoenixminer|srbminer)/i;
const STRATUM =
  /stratum\+(tcp|ssl|tls):\/\/|"method"\s*:\s*"(mining\.(subscribe|authorize|submit)|login|submit|keepalived)"/i;

function sandboxPath(p: string): string {
  if (p === HOME || p.startsWith(`${HOME}/`)) return `~${p.slice(HOME.length)}`;
  if (p.startsWith('/workspace/')) return `./${p.slice('/workspace/'.length)}`;
  return p;
}

function inflated(b: Buffer): Buffer {
  try {
    return inflateSync(b, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
  } catch {
    return b;
  }
}

function clip(s: string, max = EVIDENCE_MAX): string {
  const t = s.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '.');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function base(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export interface RunContext {
  run: RunTarget;
  result: ObserveResult;
  declared: Capabilities;
  /** the skill ships package.json / requirements.txt: its package manager and registry are implied */
  packageManagers?: boolean;
}

/** Installing declared dependencies is implied by package.json / requirements.txt (corpus README). */
const PACKAGE_MANAGERS = new Set(['npm', 'npx', 'pip', 'pip3', 'yarn', 'pnpm', 'uv', 'corepack']);
const PACKAGE_REGISTRIES = [
  'registry.npmjs.org',
  'registry.yarnpkg.com',
  'pypi.org',
  'files.pythonhosted.org',
];

export function runFindings(ctx: RunContext): Finding[] {
  const out: Finding[] = [];
  const { run, result, declared } = ctx;
  const explicitManagers = (declared.exec ?? []).some((d) =>
    PACKAGE_MANAGERS.has(d.split(' ')[0] ?? ''),
  );
  const emit = (
    r: DynamicRule,
    detail: string,
    evidence: string,
    syscall: string,
    capability?: CapabilityUse,
    severity = r.severity,
  ): void => {
    const f: Finding = {
      ruleId: r.id,
      severity,
      category: r.category,
      message: `${r.message}: ${detail} (${run.target})`,
      file: run.file,
      line: run.line,
      evidence: clip(evidence),
      remediation: r.remediation,
      stage: 'dynamic',
      run: run.id,
      syscall,
    };
    if (capability) f.capability = capability;
    if (r.threat) f.threat = r.threat;
    if (run.reference && f.category === 'capability') {
      f.severity = 'info';
      f.message += ' [illustrative block: informational]';
    }
    out.push(f);
  };
  const network = [
    ...(declared.network ?? []),
    ...(ctx.packageManagers || explicitManagers ? PACKAGE_REGISTRIES : []),
  ];
  const explicitExec = new Set((declared.exec ?? []).flatMap((d) => d.split(' ')));
  const imageOf = new Map<number, string>();
  const parentOf = new Map<number, number>();
  for (const e of result.execs) {
    if (e.ok) imageOf.set(e.pid, base(e.path));
    if (e.ppid !== undefined) parentOf.set(e.pid, e.ppid);
  }
  /**
   * A program a declared binary starts itself (tar -> sh -> gzip, git -> ssh) is part of that
   * binary. Interpreters and shells never vouch for their children, declared or not.
   */
  const startedByDeclared = (ppid: number | undefined) => {
    for (let p = ppid, hops = 0; p !== undefined && hops < 6; p = parentOf.get(p), hops++) {
      const image = imageOf.get(p) ?? '';
      if (explicitExec.has(image) && !INTERPRETERS.test(image)) return true;
    }
    return false;
  };
  const sampleText = (b: Buffer) => b.toString('latin1');

  // --- exfiltration: canaries in outbound bytes and DNS names
  const sentCanaries = new Set<string>();
  const envHosts = new Map(
    (declared.env ?? []).flatMap((e) =>
      typeof e === 'string' ? [] : [[e.name, e.hosts] as const],
    ),
  );
  const envNames = new Set((declared.env ?? []).map((e) => (typeof e === 'string' ? e : e.name)));
  const leak = (
    hit: CanaryHit,
    where: string,
    evidence: string,
    syscall: string,
    host?: string,
    port?: number,
  ) => {
    if (sentCanaries.has(hit.canary.id)) return;
    const c = hit.canary;
    // a declared secret may go to its declared hosts (or, declared by name only, to the declared network)
    const allowedTo =
      c.kind === 'env'
        ? (envHosts.get(c.location) ?? (envNames.has(c.location) ? network : undefined))
        : c.kind === 'identity'
          ? network
          : undefined;
    if (allowedTo && host !== undefined && hostAllowed(allowedTo, host, port)) return;
    // a credential presented to its own service is its use (an undeclared host is reported apart)
    if (c.audience && host !== undefined && hostAllowed(c.audience, host, port)) return;
    sentCanaries.add(c.id);
    const enc = hit.encoding === 'raw' ? '' : ` (${hit.encoding}-encoded)`;
    const rule = c.kind === 'identity' ? R.identityExfiltration : R.exfiltration;
    const capability: CapabilityUse | undefined =
      host !== undefined
        ? { kind: 'network', host, ...(port !== undefined ? { port } : {}) }
        : undefined;
    emit(rule, `${c.location} ${where}${enc}`, evidence, syscall, capability);
  };
  for (const s of result.tcp) {
    const host = s.name ?? s.sni ?? s.host ?? s.dst;
    for (const hit of findCanaries(s.bytes, result.canaries)) {
      leak(hit, `sent to ${host}:${s.port}`, sampleText(s.bytes), 'connect+write', host, s.port);
    }
  }
  const names = result.dns.map((q) => q.name);
  // data split across queries: the first label of each distinct name, in order
  const joined = [...new Set(names)].map((n) => n.split('.')[0] ?? '').join('');
  for (const q of result.dns) {
    for (const hit of findCanaries(q.name.replace(/\./g, ''), result.canaries)) {
      leak(hit, 'hidden in a DNS query', q.name, 'dns', q.name, 53);
    }
  }
  for (const hit of findCanaries(joined, result.canaries))
    leak(hit, 'split across DNS queries', names.join(' '), 'dns');
  for (const u of result.udp) {
    for (const hit of findCanaries(u, result.canaries))
      leak(hit, 'sent in a UDP datagram', sampleText(u), 'sendto');
  }

  // --- credentials copied into files (a git commit, an archive) during the run
  const staged = new Set<string>();
  for (const w of result.written ?? []) {
    const data = /\.git\/objects\//.test(w.path) ? inflated(w.bytes) : w.bytes;
    for (const hit of findCanaries(data, result.canaries)) {
      const c = hit.canary;
      if (c.kind !== 'file' || !c.location.startsWith('~/') || staged.has(c.id)) continue;
      if (w.path === c.location) continue;
      staged.add(c.id);
      emit(
        R.credentialStaged,
        `${c.location} found in ${w.path}`,
        `${w.path}: ${sampleText(data).slice(0, 200)}`,
        'openat+write',
        { kind: 'fs.read', path: c.location },
        result.tcp.length > 0 ? 'high' : 'medium',
      );
    }
  }

  // --- network: undeclared hosts and ports
  const reported = new Set<string>();
  let undeclaredConnection = false;
  for (const s of result.tcp) {
    const host = s.name ?? s.sni ?? s.host?.replace(/:\d+$/, '') ?? s.dst;
    if (
      hostAllowed(network, host, s.port) ||
      (host !== s.dst && hostAllowed(network, s.dst, s.port))
    )
      continue;
    undeclaredConnection = true;
    const key = `${host}:${s.port}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const first = s.sni ? `TLS ClientHello SNI=${s.sni}` : sampleText(s.bytes) || '(no bytes sent)';
    emit(R.undeclaredHost, `${host}:${s.port}`, first, 'connect', {
      kind: 'network',
      host,
      port: s.port,
    });
  }
  for (const q of result.dns) {
    const n = q.name.toLowerCase();
    if (reported.has(`dns:${n}`) || hostAllowed(network, n, 53) || hostAllowed(network, n))
      continue;
    if ([...reported].some((k) => k.startsWith(`${n}:`))) continue;
    reported.add(`dns:${n}`);
    emit(
      R.undeclaredDns,
      n,
      `DNS ${q.qtype === 28 ? 'AAAA' : q.qtype === 1 ? 'A' : `type ${q.qtype}`} ${q.name}`,
      'dns',
      { kind: 'network', host: n },
    );
  }

  // --- exec
  const execd = new Set<string>();
  const tokens = new Map(result.tcp.filter((s) => s.token).map((s) => [s.token!, s]));
  for (const e of result.execs) {
    const b = base(e.path);
    const fetched = e.argv.map((a) => tokens.get(a)).find((s) => s);
    if (fetched) {
      emit(
        R.downloadExec,
        `code served by ${fetched.name ?? fetched.host ?? fetched.dst}:${fetched.port} ran`,
        `${sampleText(fetched.bytes).split('\r\n')[0]} -> ${e.raw}`,
        'execve',
      );
      continue;
    }
    if (e === result.execs[0]) continue;
    if (
      execd.has(b) ||
      execAllowed(
        declared.exec ?? [],
        b,
        e.argv.slice(1).find((a) => !a.startsWith('-')),
      ) ||
      startedByDeclared(e.ppid) ||
      (ctx.packageManagers && PACKAGE_MANAGERS.has(b))
    ) {
      execd.add(b);
      continue;
    }
    execd.add(b);
    emit(R.undeclaredExec, b, e.raw, 'execve', { kind: 'exec', binary: b });
  }

  // --- download then execute without the served token (HTTPS, or code saved and run later)
  const fetcherPids = new Map<number, number>();
  for (const e of result.execs)
    if (e.ok && FETCHERS.has(base(e.path)) && e.ppid !== undefined) fetcherPids.set(e.ppid, e.t);
  for (const e of result.execs) {
    if (!e.ok || e.ppid === undefined) continue;
    const b = base(e.path);
    const interp =
      SHELLS.has(b) || /^python[\d.]*$/.test(b) || b === 'node' || b === 'perl' || b === 'ruby';
    const fromStdin =
      e.argv.length === 1 ||
      (e.argv.length >= 2 && ['-', '-s', '-i'].includes(e.argv[1]!) && e.argv.length <= 3);
    const t = fetcherPids.get(e.ppid);
    if (
      interp &&
      fromStdin &&
      t !== undefined &&
      Math.abs(e.t - t) < 2 &&
      !out.some((f) => f.ruleId === R.downloadExec.id)
    ) {
      emit(R.downloadExec, `a downloader piped into ${b}`, e.raw, 'execve');
    }
  }
  const created = new Map<string, TraceEvent>();
  for (const ev of result.trace) {
    if (['open', 'openat', 'creat'].includes(ev.syscall) && ev.ok && opensForWrite(ev)) {
      const p = openPath(ev);
      if (p) created.set(p.startsWith('/') ? p : `/workspace/${p.replace(/^\.\//, '')}`, ev);
    }
  }
  const fetchedAny = result.tcp.length > 0;
  for (const e of result.execs) {
    const p = e.path.startsWith('/') ? e.path : `/workspace/${e.path}`;
    const scriptArg =
      e.argv[1] && !e.argv[1].startsWith('-')
        ? e.argv[1].startsWith('/')
          ? e.argv[1]
          : `/workspace/${e.argv[1]}`
        : undefined;
    const hit = created.get(p) ?? (scriptArg ? created.get(scriptArg) : undefined);
    if (hit && fetchedAny && e.ok && !out.some((f) => f.ruleId === R.downloadExec.id)) {
      emit(
        R.downloadExec,
        `ran ${sandboxPath(scriptArg && created.has(scriptArg) ? scriptArg : p)}, a file written during the run after network traffic`,
        `${hit.raw}\n${e.raw}`,
        'execve',
      );
    }
  }

  // --- file access
  let readSecret: TraceEvent | undefined;
  const fsSeen = new Set<string>();
  for (const ev of result.trace) {
    if (['open', 'openat', 'openat2', 'creat'].includes(ev.syscall)) {
      const raw = openPath(ev);
      if (!raw) continue;
      const abs = raw.startsWith('/') ? raw : `/workspace/${raw}`;
      const p = sandboxPath(abs);
      const write = opensForWrite(ev);
      if (
        write &&
        PERSISTENCE.some((re) => re.test(p)) &&
        !pathAllowed(declared.fs?.write ?? [], p)
      ) {
        if (!fsSeen.has(`w:${p}`))
          emit(R.persistence, p, ev.raw, ev.syscall, { kind: 'fs.write', path: p });
        fsSeen.add(`w:${p}`);
        continue;
      }
      if (
        !write &&
        SENSITIVE.some((re) => re.test(p)) &&
        !pathAllowed(declared.fs?.read ?? [], p) &&
        // a declared tool reading its own credentials (ssh its keys, git its helper) is that tool's business
        !explicitExec.has(imageOf.get(ev.pid) ?? '')
      ) {
        if (!fsSeen.has(`r:${p}`))
          emit(R.sensitiveRead, p, ev.raw, ev.syscall, { kind: 'fs.read', path: p });
        fsSeen.add(`r:${p}`);
        if (ev.ok) readSecret ??= ev;
      }
    } else if (['rename', 'renameat', 'renameat2'].includes(ev.syscall)) {
      const paths = ev.args.match(/"([^"]*)"/g)?.map((s) => s.slice(1, -1)) ?? [];
      const dest = paths[1];
      if (!dest) continue;
      const p = sandboxPath(dest.startsWith('/') ? dest : `/workspace/${dest}`);
      if (PERSISTENCE.some((re) => re.test(p)) && !fsSeen.has(`w:${p}`)) {
        fsSeen.add(`w:${p}`);
        emit(R.persistence, p, ev.raw, ev.syscall, { kind: 'fs.write', path: p });
      }
    }
  }
  for (const e of result.execs) {
    const b = base(e.path);
    const args = e.argv.slice(1).join(' ');
    if (
      e.ok &&
      ((b === 'crontab' && !/(^|\s)-[lerui](\s|$)/.test(args)) ||
        (b === 'systemctl' && /\b(enable|link)\b/.test(args)) ||
        (b === 'launchctl' && /\b(load|bootstrap|submit)\b/.test(args)))
    ) {
      emit(R.persistence, `${b} ${args}`.trim(), e.raw, 'execve', { kind: 'exec', binary: b });
    }
  }
  if (readSecret && undeclaredConnection && sentCanaries.size === 0) {
    emit(
      R.readThenSend,
      sandboxPath(openPath(readSecret) ?? ''),
      readSecret.raw,
      readSecret.syscall,
    );
  }

  // --- reverse shell: a socket duplicated onto stdin/stdout/stderr, or a bare shell under a connected process
  const socketDup = result.trace.find(
    (ev) =>
      (ev.syscall === 'dup2' || ev.syscall === 'dup3') &&
      /^\d+<(TCP|TCPv6|UDP|UDPv6|socket):[^,]*>,\s*[012](<|,|$)/.test(ev.args),
  );
  const connectedPids = new Set(
    result.trace
      .filter(
        (ev) => ev.syscall === 'connect' && ['inet', 'inet6'].includes(connectTarget(ev).family),
      )
      .map((ev) => ev.pid),
  );
  const bareShell = result.execs.find(
    (e) =>
      e.ok &&
      SHELLS.has(base(e.path)) &&
      e !== result.execs[0] &&
      (e.argv.length === 1 || (e.argv.length === 2 && e.argv[1] === '-i')) &&
      (connectedPids.has(e.pid) || (e.ppid !== undefined && connectedPids.has(e.ppid))),
  );
  if (socketDup)
    emit(
      R.reverseShell,
      'socket duplicated onto a standard stream',
      socketDup.raw,
      socketDup.syscall,
    );
  else if (bareShell)
    emit(
      R.reverseShell,
      `interactive ${base(bareShell.path)} started by a process with a network connection`,
      bareShell.raw,
      'execve',
    );

  // --- tunnels (attempts count: the tool need not be installed in the sandbox)
  const tunnels = new Set<string>();
  for (const e of result.execs) {
    const b = base(e.path);
    const args = e.argv.slice(1);
    const sshTunnel =
      (b === 'ssh' || b === 'autossh') &&
      args.some(
        (a) =>
          /^-[A-Za-z]*[RLDw]/.test(a) ||
          /^-o\s*(RemoteForward|LocalForward|DynamicForward|Tunnel)/i.test(a),
      );
    const tool =
      TUNNEL_TOOLS.has(b) &&
      (b !== 'socat' || args.some((a) => /^(TCP|TCP4|TCP6|OPENSSL|EXEC|SYSTEM|TUN)[:-]/i.test(a)));
    const key = `${b} ${args.join(' ')}`;
    if ((sshTunnel || tool) && !tunnels.has(key) && tunnels.add(key)) {
      const declaredTool = explicitExec.has(b);
      emit(declaredTool ? R.declaredTunnel : R.tunnel, key.trim(), e.raw, 'execve', {
        kind: 'exec',
        binary: b,
      });
    }
  }

  // --- mining
  const stratum = result.tcp.find((s) => STRATUM.test(sampleText(s.bytes)));
  const minerExec = result.execs.find(
    (e) =>
      MINER_TOOLS.test(base(e.path)) ||
      e.argv.some((a) => /stratum\+(tcp|ssl|tls):\/\//i.test(a) || a === '--donate-level'),
  );
  if (stratum)
    emit(
      R.miner,
      `stratum traffic to ${stratum.name ?? stratum.dst}:${stratum.port}`,
      sampleText(stratum.bytes),
      'connect+write',
      { kind: 'network', host: stratum.name ?? stratum.dst, port: stratum.port },
    );
  else if (minerExec) emit(R.miner, `started ${base(minerExec.path)}`, minerExec.raw, 'execve');
  const busy = result.durationMs > 0 ? result.cpuMs / result.durationMs : 0;
  if (
    (result.limitHit === 'cpu' || (result.limitHit === 'wall' && busy >= 0.5)) &&
    result.durationMs >= 1000
  ) {
    emit(
      R.cpuBurn,
      `${Math.round(result.cpuMs)} ms CPU in ${Math.round(result.durationMs)} ms, stopped by the ${result.limitHit} limit`,
      `cpu ${Math.round(busy * 100)}%`,
      'rusage',
      undefined,
      stratum || minerExec ? 'high' : R.cpuBurn.severity,
    );
  }
  if (result.limitHit)
    emit(R.limit, result.limitHit, `exit ${result.exitCode ?? result.signal}`, 'rlimit');
  return out;
}
