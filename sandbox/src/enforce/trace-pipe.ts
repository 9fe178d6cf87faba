/**
 * The channel strace's output reaches us through (IO). A real pipe, not node's `stdio: 'pipe'`: those
 * are socketpairs, and strace must open its output by name (`-o /dev/stderr`, see straceArgv), which
 * the kernel refuses for a socket (ENXIO). A FIFO made in a private directory and unlinked at once
 * leaves an anonymous pipe; the write end goes to the sandbox as fd 3, we read the other.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TracePipe {
  /** give this to the child as fd 3, then call closeWriteEnd() */
  writeFd: number;
  closeWriteEnd(): void;
  /** everything written until the last writer closed, at most `maxBytes` of it (cut beyond) */
  text(): string;
  /** resolves when every writer has closed, or after `waitMs` (then the reader is dropped) */
  ended(waitMs: number): Promise<void>;
}

export function openTracePipe(maxBytes: number): TracePipe {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillgate-trace-'));
  let readFd: number | undefined;
  let writeFd: number | undefined;
  try {
    const fifo = path.join(dir, 'fifo');
    const made = spawnSync('mkfifo', ['-m', '600', fifo], { encoding: 'utf8' });
    if (made.status !== 0)
      throw new Error(`mkfifo failed: ${made.error?.message ?? made.stderr.trim()}`);
    // a non-blocking read open needs no writer; the write open then finds its reader
    readFd = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    writeFd = fs.openSync(fifo, fs.constants.O_WRONLY);
  } catch (e) {
    if (readFd !== undefined) fs.closeSync(readFd);
    throw e;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const reader = new net.Socket({ fd: readFd, readable: true, writable: false });
  const chunks: Buffer[] = [];
  let bytes = 0;
  reader.on('data', (c: Buffer) => {
    if (bytes < maxBytes) chunks.push(c.subarray(0, maxBytes - bytes));
    bytes += c.length;
  });
  const closed = new Promise<void>((resolve) => {
    reader.on('close', () => resolve());
    reader.on('error', () => resolve());
  });
  let open = true;
  const fd = writeFd;
  return {
    writeFd: fd,
    closeWriteEnd() {
      if (open) fs.closeSync(fd);
      open = false;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
    async ended(waitMs) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
      clearTimeout(timer);
      reader.destroy();
    },
  };
}
