/**
 * A warm helper: one Python process that has done its imports and forks a fresh helper per run
 * (the fork enters its own network and mount namespaces). Saves the interpreter start-up on every
 * run. Root only; elsewhere each run starts the helper through `unshare -Urnm`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';

interface Pending {
  resolve: (status: number | null) => void;
  pid?: number;
  timer: NodeJS.Timeout;
}

export class HelperZygote {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly python: string,
    private readonly helperPath: string,
  ) {}

  private start(): ChildProcessWithoutNullStreams {
    if (this.child && this.child.exitCode === null && !this.child.killed) return this.child;
    const child = spawn(this.python, ['-I', '-S', this.helperPath, '--zygote'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stderr.resume();
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^(pid|done) (\S+) (-?\d+)$/.exec(line);
      const p = m ? this.pending.get(m[2]!) : undefined;
      if (!m || !p) return;
      if (m[1] === 'pid') p.pid = Number(m[3]);
      else {
        clearTimeout(p.timer);
        this.pending.delete(m[2]!);
        p.resolve(Number(m[3]));
      }
    });
    child.on('exit', () => {
      for (const [key, p] of this.pending) {
        clearTimeout(p.timer);
        p.resolve(null);
        this.pending.delete(key);
      }
    });
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr] as unknown as {
      unref?: () => void;
    }[])
      s.unref?.();
    process.once('exit', () => child.kill('SIGKILL'));
    this.child = child;
    return child;
  }

  /** Runs the helper on one config; resolves with its wait status, or null if it had to be killed. */
  run(configPath: string, timeoutMs: number): Promise<number | null> {
    const child = this.start();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const p = this.pending.get(configPath);
        if (p?.pid) {
          try {
            process.kill(p.pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }
      }, timeoutMs);
      this.pending.set(configPath, { resolve, timer });
      child.stdin.write(`run ${configPath}\n`);
    });
  }
}
