/** Turns the helper's JSON and the strace log into an ObserveResult. Pure. */
import { constants } from 'node:os';
import { parseHttpRequest, tlsSni } from './payload.js';
import { parseStrace, sampleView } from './strace.js';
import type {
  Canary,
  DnsQuery,
  LimitName,
  ObserveLimits,
  ObserveResult,
  TcpSession,
} from './types.js';

export interface HelperResult {
  error?: string;
  notes?: string[];
  setup?: { ms?: number };
  exitCode: number | null;
  signal: number | null;
  limitHit: 'wall' | 'output' | 'pids' | 'memory' | null;
  durationMs: number;
  cpuMs: number;
  peakMemoryBytes: number;
  stdout: string;
  stderr: string;
  dns: DnsQuery[];
  tcp: {
    t: number;
    family?: 4 | 6;
    dst: string;
    port: number;
    name?: string;
    bytes?: string;
    token?: string;
    dropped?: boolean;
    sni?: string;
    tls?: boolean;
  }[];
  udp: { t: number; bytes: string }[];
  written?: { root: 'home' | 'workspace'; path: string; b64: string }[];
}

const SIGNAL_NAMES = new Map<number, string>(
  Object.entries(constants.signals).map(([k, v]) => [v, k]),
);
const MEMORY_TEXT =
  /MemoryError|Cannot allocate memory|out of memory|heap out of memory|bad_alloc|memory exhausted/i;

export function toResult(
  argv: string[],
  h: HelperResult,
  traceText: string,
  canaries: Canary[],
  limits: ObserveLimits,
): ObserveResult {
  const parsed = parseStrace(traceText);
  const view = sampleView(parsed.events, argv);
  const pids = new Set(view.events.map((e) => e.pid));
  const sampleSignals = parsed.signals.filter((s) => pids.has(s.pid));
  const stderr = Buffer.from(h.stderr ?? '', 'base64');
  const limitHit = detectLimit(h, view.events, sampleSignals, stderr, limits);
  const rootPid = view.events[0]?.pid;
  const rootKill = sampleSignals.find((s) => s.fatal && s.pid === rootPid)?.signal;
  const tcp: TcpSession[] = h.tcp.map((c) => {
    const bytes = Buffer.from(c.bytes ?? '', 'base64');
    const http = parseHttpRequest(bytes);
    const s: TcpSession = { t: c.t, family: c.family ?? 4, dst: c.dst, port: c.port, bytes };
    if (c.name) s.name = c.name;
    if (c.token) s.token = c.token;
    if (c.dropped) s.dropped = true;
    if (c.tls) s.tls = true;
    const sni = c.sni ?? tlsSni(bytes);
    if (sni) s.sni = sni;
    if (http?.headers['host']) s.host = http.headers['host'];
    return s;
  });
  return {
    argv,
    exitCode: h.exitCode,
    signal:
      h.signal !== null ? (SIGNAL_NAMES.get(h.signal) ?? String(h.signal)) : (rootKill ?? null),
    ...(limitHit ? { limitHit } : {}),
    durationMs: h.durationMs,
    cpuMs: h.cpuMs,
    peakMemoryBytes: h.peakMemoryBytes,
    setupMs: h.setup?.ms ?? 0,
    stdout: Buffer.from(h.stdout ?? '', 'base64'),
    stderr,
    canaries,
    dns: h.dns,
    tcp,
    udp: h.udp.map((u) => Buffer.from(u.bytes, 'base64')),
    written: (h.written ?? []).map((w) => ({
      path: `${w.root === 'home' ? '~' : '/workspace'}/${w.path}`,
      bytes: Buffer.from(w.b64, 'base64'),
    })),
    trace: view.events,
    execs: view.execs,
    forks: view.forks,
    notes: h.notes ?? [],
  };
}

function detectLimit(
  h: HelperResult,
  events: ObserveResult['trace'],
  signals: { signal: string; fatal: boolean }[],
  stderr: Buffer,
  limits: ObserveLimits,
): LimitName | undefined {
  if (h.limitHit === 'output') return 'output';
  if (signals.some((s) => s.signal === 'SIGXCPU')) return 'cpu';
  if (signals.some((s) => s.signal === 'SIGXFSZ')) return 'fsize';
  if (
    events.some(
      (e) => ['clone', 'clone3', 'fork', 'vfork'].includes(e.syscall) && e.ret.includes('EAGAIN'),
    )
  )
    return 'pids';
  if (h.limitHit) return h.limitHit;
  if (MEMORY_TEXT.test(stderr.toString('latin1')) && h.peakMemoryBytes >= limits.memoryBytes * 0.5)
    return 'memory';
  return undefined;
}
