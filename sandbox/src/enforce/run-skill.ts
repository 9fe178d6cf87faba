/**
 * runSkill: run one command of an installed skill with exactly its declared capabilities (IO).
 * Verification of the skill (lockfile, attestation) is the caller's `verify` hook, run first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxManager } from '@anthropic-ai/sandbox-runtime';
import { appendAudit } from './audit.js';
import {
  binDirAliases,
  dynamicLoaders,
  hostBinDirs,
  resolveBinary,
  resolveBinaryCached,
  skillInterpreters,
} from './binaries.js';
import { classify } from './classify.js';
import { sessionTerminatesTls, withEnforcer } from './enforcer.js';
import { planEnv } from './env.js';
import { EnforceError } from './errors.js';
import { expandArgv } from './paths.js';
import { rebindWriteRoots } from './bind-order.js';
import {
  HELPER_PYTHON,
  HELPER_MARKER,
  helperArgv,
  helperFiles,
  landlockAbi,
  shellQuote,
} from './landlock.js';
import { hostPort, matchesAny, planNetwork } from './network.js';
import { buildPolicy, type EnforcePolicy } from './policy.js';
import { injectHosts, judgeRequest, requestText, tlsExcludes } from './secrets.js';
import {
  commandEvents,
  parseTrace,
  splitTraceStream,
  straceArgv,
  type TraceEvent,
} from './trace.js';
import { openTracePipe, type TracePipe } from './trace-pipe.js';
import type { DeniedAction, EnforceSandbox, RunSkillOptions, RunSkillResult } from './types.js';

const SRT_ROOT = path.dirname(
  path.dirname(fileURLToPathSafe(import.meta.resolve('@anthropic-ai/sandbox-runtime'))),
);

function fileURLToPathSafe(u: string): string {
  return new URL(u).pathname;
}

/** beyond this, the audit trace is cut (the run goes on) */
const MAX_TRACE_BYTES = 64 << 20;
/** how long the trace may still flow after the sandbox exited (every process in it is gone by then) */
const TRACE_DRAIN_MS = 10_000;

let strace: string | null | undefined;
function findStrace(): string | undefined {
  if (strace === undefined) {
    const p = resolveBinary('strace');
    strace = p && spawnSync(p, ['-V'], { stdio: 'ignore' }).status === 0 ? p : null;
  }
  return strace ?? undefined;
}

function checkOptions(o: RunSkillOptions): void {
  if (
    !Array.isArray(o.command) ||
    o.command.length === 0 ||
    o.command.some((a) => typeof a !== 'string')
  )
    throw new EnforceError('BAD_OPTIONS', 'command must be a non-empty array of strings');
  for (const [k, v] of [
    ['skillDir', o.skillDir],
    ['workspace', o.workspace],
  ] as const) {
    if (typeof v !== 'string' || !fs.existsSync(v) || !fs.statSync(v).isDirectory())
      throw new EnforceError('BAD_OPTIONS', `${k} is not a directory: ${String(v)}`);
  }
  if (!o.manifest || typeof o.manifest !== 'object' || typeof o.manifest.capabilities !== 'object')
    throw new EnforceError('BAD_OPTIONS', 'manifest.capabilities is missing');
}

/** Bind targets must exist: create missing write roots (and remember empty files we made). */
function prepareWriteRoots(policy: EnforcePolicy, caps: readonly string[]): string[] {
  const madeFiles: string[] = [];
  const literal = new Set(caps.filter((g) => !/[*?[\]{}]/.test(g)));
  for (const root of policy.writeRoots) {
    if (fs.existsSync(root)) continue;
    const isLiteralFile = [...literal].some((g) =>
      root.endsWith(g.replace(/^\.\//, '').replace(/^~\//, '')),
    );
    if (isLiteralFile && path.extname(root) !== '') {
      fs.mkdirSync(path.dirname(root), { recursive: true });
      fs.writeFileSync(root, '', { flag: 'wx' });
      madeFiles.push(root);
    } else {
      fs.mkdirSync(root, { recursive: true });
    }
  }
  return madeFiles;
}

function traceEvents(text: string, marker: string): Map<number, TraceEvent[]> {
  const byPid = new Map<number, TraceEvent[]>();
  for (const [pid, lines] of splitTraceStream(text))
    byPid.set(pid, parseTrace(pid, lines.join('\n'), marker));
  return byPid;
}

/** The shell line srt runs inside the sandbox: stderr parked on fd 4, strace's output to fd 3. */
function innerCommand(helper: string[], strace: string | undefined): string {
  if (!strace) return `exec 4>&2 3>&-; exec ${shellQuote(helper)}`;
  return `exec 4>&2 2>&3 3>&-; exec ${shellQuote(straceArgv(strace, helper))}`;
}

export async function runSkill(o: RunSkillOptions): Promise<RunSkillResult> {
  if (o.verify) {
    try {
      await o.verify();
    } catch (e) {
      throw new EnforceError(
        'VERIFY_FAILED',
        `skill did not verify: ${e instanceof Error ? e.message : String(e)}`,
        {
          cause: e,
        },
      );
    }
  }
  checkOptions(o);
  if (landlockAbi() < 1)
    throw new EnforceError(
      'LANDLOCK_UNAVAILABLE',
      `Landlock is not available (needs Linux ≥ 5.13 and ${HELPER_PYTHON})`,
    );

  const offered = o.env ?? process.env;
  const ctx = {
    skillDir: fs.realpathSync(o.skillDir),
    workspace: fs.realpathSync(o.workspace),
    home: path.resolve(offered.HOME ?? os.homedir()),
  };
  const caps = o.manifest.capabilities;
  const { names: interpreters, scripts } = skillInterpreters(ctx.skillDir);
  const policy = buildPolicy(caps, ctx, {
    resolve: resolveBinaryCached,
    binDirs: hostBinDirs(),
    binDirAliases: binDirAliases(),
    loaders: dynamicLoaders(),
    interpreters,
    shebangScripts: scripts,
    machinery: [
      ...(findStrace() === undefined ? [] : [findStrace() as string]),
      ...helperFiles(),
      resolveBinary('socat') ?? '/usr/bin/socat',
      path.join(SRT_ROOT, 'vendor', 'seccomp'),
    ],
    exists: (p) => fs.existsSync(p),
  });
  const envPlan = planEnv(offered, caps, ctx.home, () => randomBytes(16).toString('hex'));
  // `$SKILL` / `$WORKSPACE` in a command mean what they mean in the manifest
  envPlan.env.SKILL = ctx.skillDir;
  envPlan.env.WORKSPACE = ctx.workspace;
  const net = planNetwork(caps.network ?? []);
  const declaredNetwork = caps.network ?? [];
  const runId = randomBytes(6).toString('hex');
  const denied: DeniedAction[] = [];
  const report = (a: DeniedAction) => {
    denied.push(a);
    o.onDenied?.(a);
  };
  for (const name of envPlan.withheld)
    report({
      kind: 'env',
      target: name,
      wouldNeed: `env: ${name}`,
      detail: 'withheld from the sandbox',
    });
  for (const name of policy.execMissing)
    report({
      kind: 'exec',
      target: name,
      wouldNeed: `exec: ${name}`,
      detail: 'declared but not installed on this host',
    });

  const hooks = {
    onUnlisted(host: string, port: number): boolean {
      if (net.anyHost || net.anyHostPorts.includes(port)) return true;
      const target = hostPort(host, port);
      report({
        kind: 'network',
        target,
        wouldNeed: `network: ${target}`,
        detail: 'not on the allow list',
      });
      return false;
    },
    async filterRequest(request: Request) {
      const url = new URL(request.url);
      const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
      const host = url.hostname;
      if (
        !matchesAny(host, port, declaredNetwork) &&
        !net.anyHost &&
        !net.anyHostPorts.includes(port)
      )
        return { action: 'deny' as const, reason: 'host is not declared' };
      const verdict = judgeRequest(host, port, await requestText(request), envPlan.secrets);
      verdict.denied.forEach(report);
      return verdict.allow
        ? { action: 'allow' as const }
        : { action: 'deny' as const, reason: 'secret not declared for this port' };
    },
  };

  const tracer = o.audit === false ? undefined : findStrace();
  const audited = tracer !== undefined;
  const result = await withEnforcer(hooks, envPlan.secrets.length > 0, async () => {
    const madeFiles = prepareWriteRoots(policy, caps.fs?.write ?? []);
    try {
      // srt binds its proxy sockets (under the host tmpdir) before our `denyRead: ['/']` tmpfs hides
      // them again; bind them back
      // (and the MITM trust bundle, when the session terminates TLS)
      const tls = sessionTerminatesTls();
      const sockets = [
        SandboxManager.getLinuxHttpSocketPath(),
        SandboxManager.getLinuxSocksSocketPath(),
        tls ? SandboxManager.getMitmCA()?.trustBundlePath : undefined,
      ].filter((p): p is string => typeof p === 'string');
      SandboxManager.updateConfig({
        network: {
          allowedDomains: net.allowedDomains,
          deniedDomains: [],
          filterRequest: hooks.filterRequest,
          ...(tls
            ? { tlsTerminate: { excludeDomains: tlsExcludes(declaredNetwork, envPlan.secrets) } }
            : {}),
        },
        filesystem: {
          ...policy.filesystem,
          allowRead: [...policy.filesystem.allowRead, ...sockets],
        },
        credentials: { allowPlaintextInject: true },
        mandatoryDenySearchDepth: 1,
      });
      const registry = SandboxManager.getSentinelRegistry();
      for (const s of envPlan.secrets)
        registry.registerWithSentinel(s.name, s.placeholder, s.real, injectHosts(s));

      const inner = innerCommand(
        helperArgv(runId, policy.execPaths, expandArgv(o.command, ctx)),
        tracer,
      );
      let wrapped: { argv: string[] };
      try {
        wrapped = await wrapWithRetry(() =>
          SandboxManager.wrapWithSandboxArgv(
            inner,
            undefined,
            undefined,
            undefined,
            ctx.workspace,
            {
              commandId: runId,
              commandText: o.command.join(' '),
            },
          ),
        );
      } catch (e) {
        throw new EnforceError(
          'SANDBOX_FAILED',
          `could not build the sandbox: ${(e as Error).message}`,
          { cause: e },
        );
      }
      const argv = [...wrapped.argv];
      if (argv[2] !== undefined) argv[2] = rebindWriteRoots(argv[2], policy.writeRoots);
      const io = o.stdio ?? 'inherit';
      let trace: TracePipe | undefined;
      try {
        trace = audited ? openTracePipe(MAX_TRACE_BYTES) : undefined;
      } catch (e) {
        throw new EnforceError(
          'SANDBOX_FAILED',
          `could not open the audit pipe: ${(e as Error).message}`,
          { cause: e },
        );
      }
      const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
        (resolve, reject) => {
          let child: ReturnType<typeof spawn>;
          try {
            child = spawn(argv[0] as string, argv.slice(1), {
              cwd: ctx.workspace,
              env: envPlan.env,
              // fd 3: strace's output (see innerCommand)
              stdio: [io, io, io, trace?.writeFd ?? 'ignore'],
              detached: true,
            });
          } finally {
            trace?.closeWriteEnd();
          }
          if (o.stdio === 'pipe') {
            child.stdout?.on('data', (c: Buffer) => o.onStdout?.(c));
            child.stderr?.on('data', (c: Buffer) => o.onStderr?.(c));
          }
          const timer =
            o.timeoutMs === undefined
              ? undefined
              : setTimeout(() => {
                  if (child.pid) process.kill(-child.pid, 'SIGKILL');
                }, o.timeoutMs);
          child.on('error', (e) => {
            clearTimeout(timer);
            reject(
              new EnforceError('SANDBOX_FAILED', `could not start the sandbox: ${e.message}`, {
                cause: e,
              }),
            );
          });
          child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code, signal });
          });
        },
      ).finally(() => trace?.ended(TRACE_DRAIN_MS));
      SandboxManager.cleanupAfterCommand();
      if (trace) {
        const marker = `${HELPER_MARKER}${runId}`;
        const events = commandEvents(traceEvents(trace.text(), marker), marker);
        classify(events, { policy, declaredNetwork, hostExists: (p) => fs.existsSync(p) }).forEach(
          report,
        );
      }
      return exit;
    } finally {
      for (const f of madeFiles) {
        if (fs.existsSync(f) && fs.statSync(f).size === 0) fs.rmSync(f);
      }
    }
  });

  if (o.auditFile) {
    const time = new Date().toISOString();
    await appendAudit(
      o.auditFile,
      denied.map((d) => ({
        time,
        runId,
        skill: o.manifest.name,
        version: o.manifest.version,
        command: o.command,
        ...d,
      })),
    );
  }
  return { exitCode: result.code, signal: result.signal, denied, audited };
}

/** runSkill as the sandbox port's enforce adapter. */
export const enforceSandbox: EnforceSandbox = { run: runSkill };

/**
 * sandbox-runtime finds the shell with `which` under a 1 s timeout; on a loaded host that spawn can
 * time out and the wrap fails with "Shell 'bash' not found in PATH" although bash is there. Retry
 * that one transient failure a few times; anything else is thrown at once.
 */
async function wrapWithRetry<T>(wrap: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await wrap();
    } catch (e) {
      if (i >= attempts || !/not found in PATH/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 200 * i));
    }
  }
}
