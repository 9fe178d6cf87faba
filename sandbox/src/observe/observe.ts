/**
 * Observe mode: runs one command on a skill inside bubblewrap, in a network namespace whose only
 * peer is the sinkhole, with a honeypot home, strace attached and limits set. IO lives here; the
 * parsing and the argument building it uses are pure modules.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bwrapArgs, hostsFile, sandboxEnv } from './bwrap-args.js';
import { etcTemplate, SANDBOX_CA_BUNDLE, SANDBOX_CA_FILE } from './etc-template.js';
import { observeCa } from './tls-ca.js';
import { HelperZygote } from './zygote.js';
import { ObserveError } from './errors.js';
import { makeHoneypot } from './honeypot.js';
import { findHostTools, type HostTools } from './host-tools.js';
import { resolveLimits } from './limits.js';
import { toResult, type HelperResult } from './result.js';
import { TRACED_SYSCALLS } from './strace.js';
import type { ObserveResult, ObserveSandbox, ObserveSpec, SkillFileInput } from './types.js';

const HELPER = fileURLToPath(new URL('../../src/observe/helper/helper.py', import.meta.url));
const TOOLS = fileURLToPath(new URL('../../src/observe/helper/tools.py', import.meta.url));
const TOOLS_SH = fileURLToPath(new URL('../../src/observe/helper/tools.sh', import.meta.url));
/** stand-ins that only resolve names: a shell script, no interpreter start-up */
const SH_STAND_INS = ['nslookup', 'dig', 'host', 'ping'];
/** stand-ins the sandbox puts last on PATH when the host lacks the real tool */
const STAND_INS = [
  'nslookup',
  'dig',
  'host',
  'nc',
  'ncat',
  'netcat',
  'ping',
  'crontab',
  'launchctl',
  'security',
];

export interface ObserveOptions {
  /** where run directories are made (default: the OS temp dir) */
  tmpRoot?: string;
  /** TCP port of the sinkhole inside the namespace */
  sinkPort?: number;
  /** first bytes kept per connection */
  captureBytes?: number;
}

export class BwrapObserveSandbox implements ObserveSandbox {
  private readonly tools: HostTools;
  private zygote: HelperZygote | undefined;
  constructor(private readonly options: ObserveOptions = {}) {
    const { tools, missing } = findHostTools();
    if (!tools) throw new ObserveError('UNAVAILABLE', `observe mode needs: ${missing.join(', ')}`);
    this.tools = tools;
  }

  async run(spec: ObserveSpec): Promise<ObserveResult> {
    const limits = resolveLimits(spec.limits);
    if (
      spec.argv.length === 0 ||
      spec.argv.some((a) => typeof a !== 'string' || a.includes('\0'))
    ) {
      throw new ObserveError(
        'BAD_ARGV',
        'argv must be a non-empty list of strings without NUL bytes',
      );
    }
    const runDir = await mkdtemp(join(this.options.tmpRoot ?? tmpdir(), 'skillgate-observe-'));
    try {
      await chmod(runDir, 0o755);
      const honeypot = makeHoneypot((n) =>
        randomBytes(Math.ceil(n / 2))
          .toString('hex')
          .slice(0, n),
      );
      const mountDir = join(runDir, 'mnt');
      await mkdir(mountDir, { mode: 0o755 });
      const ca = observeCa(this.options.tmpRoot ?? tmpdir());
      const hostsPath = join(runDir, 'hosts');
      await writeFile(hostsPath, hostsFile(honeypot.hostname), { mode: 0o644 });
      const certDir = join(runDir, 'certs');
      await mkdir(certDir, { mode: 0o700 });
      const tracePath = join(runDir, 'trace.txt');
      await writeFile(tracePath, '', { mode: 0o600 });
      const files = [
        ...configFiles('skill', spec.files),
        ...configFiles('home', honeypotFiles(honeypot.files, 'home')),
        ...configFiles('workspace', [
          ...honeypotFiles(honeypot.files, 'workspace'),
          ...(spec.workspaceFiles ?? []),
        ]),
      ];
      const inputBytes = [...spec.files, ...(spec.workspaceFiles ?? [])].reduce(
        (n, f) => n + f.bytes.length,
        0,
      );
      const memoryCgroup =
        existsSync('/sys/fs/cgroup/memory/cgroup.procs') && process.getuid?.() === 0;
      const argv = bwrapArgs(
        {
          skillDir: join(mountDir, 'skill'),
          homeDir: join(mountDir, 'home'),
          workspaceDir: join(mountDir, 'workspace'),
          toolsDir: join(mountDir, 'tools'),
          etcDir: etcTemplate(this.options.tmpRoot ?? tmpdir(), ca?.pem),
          hostname: honeypot.hostname,
          hostsFile: hostsPath,
          env: { ...sandboxEnv(honeypot.env), ...(ca ? caEnv() : {}) },
          argv: spec.argv,
          tmpBytes: limits.diskBytes,
          gitWorkspace: spec.gitWorkspace ?? false,
          graceTicks: Math.max(0, Math.round((spec.graceMs ?? 1500) / 100)),
          cpuSeconds: limits.cpuSeconds,
          fileSizeBytes: limits.fileSizeBytes,
          // without a memory cgroup, bound the address space (V8/Wasm reserve much more than they use)
          addressSpaceBytes: memoryCgroup ? 0 : limits.memoryBytes * 8,
        },
        existsSync,
      );
      const root = process.getuid?.() === 0;
      const config = {
        limits,
        sinkPort: this.options.sinkPort ?? 1,
        captureBytes: this.options.captureBytes ?? 8192,
        keepOutputBytes: 64 * 1024,
        ip: this.tools.ip,
        nft: this.tools.nft,
        strace: this.tools.strace,
        bwrap: this.tools.bwrap,
        argv: [this.tools.bwrap, ...argv],
        syscalls: TRACED_SYSCALLS.join(','),
        toolsPath: TOOLS,
        toolsShPath: TOOLS_SH,
        shToolNames: SH_STAND_INS,
        tls: ca
          ? { openssl: '/usr/bin/openssl', caCert: ca.caCert, caKey: ca.caKey, leafKey: ca.leafKey }
          : null,
        toolNames: STAND_INS,
        uid: root ? randomInt(200_000, 260_000) : null,
        files,
        inputBytes,
        mountDir,
        tracePath,
        certDir,
        resultPath: join(runDir, 'result.json'),
      };
      const cfgPath = join(runDir, 'config.json');
      await writeFile(cfgPath, JSON.stringify(config));
      let helperErr = '';
      if (root && !/\s/.test(cfgPath)) {
        this.zygote ??= new HelperZygote(this.tools.python, HELPER);
        const status = await this.zygote.run(cfgPath, limits.wallMs + 15_000);
        if (status === null) helperErr = 'the sandbox helper was killed after the time limit';
      } else {
        const nsArgs = root
          ? ['--net', '--mount', '--propagation', 'private']
          : ['-Urnm', '--propagation', 'private'];
        helperErr = await runHelper(
          this.tools.unshare,
          [...nsArgs, this.tools.python, '-I', '-S', HELPER, cfgPath],
          limits.wallMs + 15_000,
        );
      }
      let helper: HelperResult;
      try {
        helper = JSON.parse(await readFile(config.resultPath, 'utf8')) as HelperResult;
      } catch (e) {
        throw new ObserveError(
          'HELPER_FAILED',
          `sandbox helper wrote no result: ${helperErr.slice(0, 500)}`,
          { cause: e },
        );
      }
      if (helper.error !== undefined)
        throw new ObserveError('HELPER_FAILED', `sandbox helper failed: ${helper.error}`);
      const trace = existsSync(config.tracePath) ? await readFile(config.tracePath, 'latin1') : '';
      return toResult(spec.argv, helper, trace, honeypot.canaries, limits);
    } finally {
      if (process.env['SKILLGATE_OBSERVE_KEEP'] !== '1')
        await rm(runDir, { recursive: true, force: true });
    }
  }
}

function honeypotFiles(
  files: ReturnType<typeof makeHoneypot>['files'],
  rootName: 'home' | 'workspace',
): SkillFileInput[] {
  return files
    .filter((f) => f.root === rootName)
    .map((f) => ({ path: f.path, bytes: Buffer.from(f.content, 'latin1'), executable: false }));
}

function configFiles(root: 'skill' | 'home' | 'workspace', files: readonly SkillFileInput[]) {
  return files.map((f) => {
    const parts = f.path.split('/');
    if (
      f.path.startsWith('/') ||
      parts.some((p) => p === '..' || p === '.' || p === '') ||
      f.path.includes('\0')
    ) {
      throw new ObserveError(
        'BAD_PATH',
        `file path ${JSON.stringify(f.path)} must be relative, without "." or ".." segments`,
      );
    }
    return {
      root,
      path: f.path,
      b64: Buffer.from(f.bytes).toString('base64'),
      mode: f.executable ? 0o755 : 0o644,
    };
  });
}

/** Point the usual TLS stacks at the bundle that includes the sinkhole's CA. */
function caEnv(): Record<string, string> {
  return {
    NODE_EXTRA_CA_CERTS: SANDBOX_CA_FILE,
    SSL_CERT_FILE: SANDBOX_CA_BUNDLE,
    REQUESTS_CA_BUNDLE: SANDBOX_CA_BUNDLE,
    CURL_CA_BUNDLE: SANDBOX_CA_BUNDLE,
    PIP_CERT: SANDBOX_CA_BUNDLE,
    GIT_SSL_CAINFO: SANDBOX_CA_BUNDLE,
  };
}

function runHelper(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 4096) err += d.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(err);
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve(String(e));
    });
  });
}
