/**
 * The one sandbox-runtime session of this process (IO). sandbox-runtime's SandboxManager is a
 * process-wide singleton whose proxies are started once, so runs are serialised here and each run
 * installs its own network policy (`updateConfig`, consulted per request by srt's proxy) and hooks.
 */
import {
  SandboxManager,
  type SandboxRuntimeConfig,
  type RequestDecision,
} from '@anthropic-ai/sandbox-runtime';
import { EnforceError } from './errors.js';

export interface RunHooks {
  /** a host:port not on srt's allowlist: allow (manifest `*` / `*:port`) or deny (and report) */
  onUnlisted(host: string, port: number): boolean;
  /** every plain-HTTP request through the proxy */
  filterRequest(request: Request): Promise<RequestDecision>;
}

let current: RunHooks | undefined;
let ready: Promise<void> | undefined;
/** whether the running session terminates TLS (has a MITM CA); started on the first run with secrets */
let tls = false;
let tail: Promise<unknown> = Promise.resolve();

const NO_HOOKS: RunHooks = {
  onUnlisted: () => false,
  filterRequest: async () => ({ action: 'deny', reason: 'no skillgate run is active' }),
};

export function baseConfig(withTls: boolean): SandboxRuntimeConfig {
  return {
    network: {
      allowedDomains: [],
      deniedDomains: [],
      filterRequest: (req) => (current ?? NO_HOOKS).filterRequest(req),
      // srt's TLS termination (ephemeral CA, trusted inside through SSL_CERT_FILE & co.) lets its
      // proxy substitute secrets in HTTPS requests too; each run narrows it to its secrets' hosts
      ...(withTls ? { tlsTerminate: {} } : {}),
    },
    filesystem: { denyRead: ['/'], allowRead: [], allowWrite: [], denyWrite: [] },
    // substitution of masked secrets on plain HTTP too (srt does it on TLS-terminated traffic only by default)
    credentials: { allowPlaintextInject: true },
    // only the skill's own write roots are scanned for dangerous dotfiles
    mandatoryDenySearchDepth: 1,
  };
}

async function initialize(withTls: boolean): Promise<void> {
  if (process.platform !== 'linux')
    throw new EnforceError(
      'UNSUPPORTED_PLATFORM',
      `enforce mode needs Linux (bubblewrap), not ${process.platform}`,
    );
  const deps = SandboxManager.checkDependencies();
  if (deps.errors.length > 0)
    throw new EnforceError(
      'DEPENDENCY_MISSING',
      `sandbox dependencies missing: ${deps.errors.join('; ')}`,
    );
  try {
    await SandboxManager.initialize(baseConfig(withTls), async ({ host, port }) =>
      (current ?? NO_HOOKS).onUnlisted(host, port ?? 0),
    );
  } catch (e) {
    throw new EnforceError(
      'SANDBOX_FAILED',
      `sandbox-runtime did not start: ${(e as Error).message}`,
      {
        cause: e,
      },
    );
  }
}

/** Does the session terminate TLS (so runs must say which hosts to leave alone)? */
export function sessionTerminatesTls(): boolean {
  return tls && SandboxManager.getMitmCA() !== undefined;
}

/**
 * Run `fn` with `hooks` installed, one run at a time, after initialising srt once (again with TLS
 * termination the first time a run has secrets to substitute).
 */
export function withEnforcer<T>(
  hooks: RunHooks,
  needTls: boolean,
  fn: () => Promise<T>,
): Promise<T> {
  const run = tail.then(async () => {
    if (needTls && !tls && ready) {
      await ready.catch(() => undefined);
      await SandboxManager.reset();
      ready = undefined;
    }
    if (!ready) {
      tls = needTls || tls;
      const withTls = tls;
      ready = initialize(withTls).catch((e: unknown) => {
        ready = undefined;
        throw e;
      });
    }
    await ready;
    current = hooks;
    try {
      return await fn();
    } finally {
      current = undefined;
      SandboxManager.getSentinelRegistry().clear();
    }
  });
  tail = run.catch(() => undefined);
  return run;
}

/** Stop srt's proxies (tests and long-lived hosts call this when done). */
export async function shutdownEnforcer(): Promise<void> {
  await tail;
  if (ready) {
    await ready.catch(() => undefined);
    await SandboxManager.reset();
    ready = undefined;
    tls = false;
  }
}
