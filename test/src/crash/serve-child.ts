/** Starts `skillgate serve` (or the light stand-in) as a child process on a data dir, and kills it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type ServeKind = 'cli' | 'light';

const CLI = fileURLToPath(new URL('../../../cli/dist/bin.js', import.meta.url));
const LIGHT = fileURLToPath(new URL('./serve-light.js', import.meta.url));

export function cliAvailable(): boolean {
  return existsSync(CLI);
}

export interface ServeChild {
  proc: ChildProcess;
  url: string;
  /** SIGKILL, and wait until the process is gone */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServe(
  kind: ServeKind,
  home: string,
  timeoutMs = 60_000,
): Promise<ServeChild> {
  const args =
    kind === 'cli' ? [CLI, 'serve', '--home', home, '--port', '0', '--quiet'] : [LIGHT, home];
  const proc = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SKILLGATE_HOME: home },
  });
  let out = '';
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`serve did not start in ${timeoutMs} ms: ${err.slice(-400)}`));
    }, timeoutMs);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${signal ?? code}) before listening: ${err.slice(-400)}`));
    });
  });
  const gone = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    proc,
    url,
    kill9: async () => {
      proc.kill('SIGKILL');
      await gone;
    },
    stop: async () => {
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(t);
    },
  };
}
