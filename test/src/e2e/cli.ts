/** Helpers to drive the real `skillgate` binary and a real `serve` process over loopback HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_BIN = fileURLToPath(new URL('../../../cli/dist/bin.js', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI's config folder for this test process (trust roots pinned on first use, keyed by
 * registry URL). Never the user's ~/.config/skillgate: a pin left there by an earlier run for a
 * loopback port that a later run's server happens to get again made that run's install refuse
 * the new server's key (TRUST_ROOT_CHANGED). A test that needs its own passes SKILLGATE_CONFIG_DIR.
 */
let configDir: string | undefined;
function testConfigDir(): string {
  if (!configDir) {
    const dir = mkdtempSync(path.join(tmpdir(), 'sg-cli-config-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    configDir = dir;
  }
  return configDir;
}

/** Runs `skillgate ...args` to completion (bounded by `timeoutMs`). */
export function runCli(
  args: string[],
  opts: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, SKILLGATE_CONFIG_DIR: testConfigDir(), ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface Served {
  url: string;
  home: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `skillgate serve` on 127.0.0.1 with a fresh data dir and waits for its address. */
export async function startServe(
  extraArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<Served> {
  const home = await mkdtemp(path.join(tmpdir(), 'sg-e2e-home-'));
  const child = spawn(
    process.execPath,
    [CLI_BIN, 'serve', '--host', '127.0.0.1', '--port', '0', ...extraArgs],
    {
      env: { ...process.env, SKILLGATE_HOME: home, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve did not start within 30 s:\n${log}`)),
      30_000,
    );
    const onData = (c: Buffer) => {
      log += c.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    home,
    child,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      await rm(home, { recursive: true, force: true });
    },
  };
}
