/**
 * Containment: samples that try to escape observe mode fail and leave the host unchanged.
 * Every sample is inert (documentation addresses and loopback only) and runs only in the sandbox.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BwrapObserveSandbox, observeAvailability, type ObserveResult } from '../observe/index.js';

const avail = await observeAvailability();
const skip = avail.available ? false : `sandbox unavailable: ${avail.reason}`;
const fast = { wallMs: 4000, cpuSeconds: 3 };

async function observe(
  script: string,
  limits: Record<string, number> = {},
): Promise<ObserveResult> {
  const sandbox = new BwrapObserveSandbox();
  return sandbox.run({
    files: [{ path: 'run.sh', bytes: Buffer.from(script) }],
    argv: ['bash', '/skill/run.sh'],
    limits: { ...fast, ...limits },
    graceMs: 0,
  });
}

function sandboxUidProcesses(): number {
  const out = execFileSync('ps', ['-eo', 'uid=']).toString();
  return out.split('\n').filter((l) => Number(l.trim()) >= 200_000 && Number(l.trim()) < 260_000)
    .length;
}

describe('observe mode containment', { skip }, () => {
  const token = randomBytes(12).toString('hex');
  const homeMarker = join(homedir(), `.skillgate-marker-${token}`);
  const tmpMarker = join(tmpdir(), `skillgate-marker-${token}`);
  before(() => {
    writeFileSync(homeMarker, `real-home-secret-${token}\n`);
    writeFileSync(tmpMarker, `real-tmp-secret-${token}\n`);
  });
  after(() => {
    rmSync(homeMarker, { force: true });
    rmSync(tmpMarker, { force: true });
  });

  it('cannot read the real home or the host /tmp', async () => {
    const r = await observe(
      `cat ${homeMarker} ${tmpMarker} /root/.skillgate-marker-* 2>&1; ls -a /root ${homedir()} 2>&1; cat /proc/1/root${homeMarker} 2>&1; echo HOME=$HOME`,
    );
    const out = r.stdout.toString();
    assert.ok(!out.includes(`secret-${token}`), out);
    assert.match(out, /HOME=\/home\/agent/);
    // the attempt itself is on record
    assert.ok(r.trace.some((e) => e.syscall === 'openat' && e.args.includes(homeMarker) && !e.ok));
  });

  it('a symlink to a host file left in the workspace does not pull the file into the report', async () => {
    const r = await observe(
      `ln -s ${homeMarker} /workspace/link; ln -s ${tmpMarker} ~/link2; echo x > /workspace/plain`,
    );
    assert.ok(
      r.written.some((w) => w.path === '/workspace/plain'),
      'written files are reported',
    );
    for (const w of r.written)
      assert.ok(!w.bytes.toString('latin1').includes(`secret-${token}`), w.path);
  });

  it('cannot write outside the workspace; the workspace itself is writable', async () => {
    const targets = [
      `/usr/local/skillgate-${token}`,
      `/etc/skillgate-${token}`,
      `/skill/x-${token}`,
      `/x-${token}`,
      join(tmpdir(), `w-${token}`),
      join(homedir(), `w-${token}`),
    ];
    const r = await observe(
      `for f in ${targets.join(' ')}; do echo pwned > "$f" 2>/dev/null && echo "WROTE $f"; done; echo ok > /workspace/out.txt && echo WS-OK`,
    );
    const out = r.stdout.toString();
    assert.match(out, /WS-OK/);
    for (const t of targets) assert.ok(!existsSync(t), `${t} must not exist on the host`);
    // /tmp inside is a private tmpfs: writing there is allowed but never reaches the host
    for (const ro of ['/usr/', '/etc/', '/skill/', '/x-'])
      assert.ok(!out.includes(`WROTE ${ro}`), out);
  });

  it('cannot kill the parent or any host process', async () => {
    const sentinel = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const r = await observe(
        `kill -9 ${sentinel.pid} ${process.pid} $PPID 2>&1; kill -9 -1 2>&1; echo done`,
      );
      assert.equal(sentinel.exitCode, null);
      assert.equal(sentinel.signalCode, null);
      process.kill(sentinel.pid!, 0); // still there (throws if not)
      assert.ok(r.durationMs > 0);
    } finally {
      sentinel.kill('SIGKILL');
    }
  });

  it('a fork bomb is bounded by the process limit and leaves nothing behind', async () => {
    const before = sandboxUidProcesses();
    const r = await observe('bomb() { bomb | bomb & }; bomb; sleep 5', {
      processes: 24,
      wallMs: 2500,
    });
    assert.ok(r.limitHit === 'pids' || r.limitHit === 'wall', `limitHit=${r.limitHit}`);
    assert.ok(
      r.trace.some(
        (e) => /^(clone|clone3|fork|vfork)$/.test(e.syscall) && e.ret.includes('EAGAIN'),
      ),
      'forks were refused',
    );
    for (let i = 0; i < 30 && sandboxUidProcesses() > before; i++)
      await new Promise((res) => setTimeout(res, 100));
    assert.ok(sandboxUidProcesses() <= before, 'no sandbox process outlives the run');
  });

  it('filling the disk is bounded by the file size limit and never touches host storage', async () => {
    const free = statfsSync(tmpdir()).bavail * statfsSync(tmpdir()).bsize;
    const r = await observe(
      'head -c 100000000 /dev/zero > /workspace/big; for i in $(seq 1 40); do head -c 1000000 /dev/zero > /workspace/f$i 2>/dev/null; done; echo end',
      {
        fileSizeBytes: 1024 * 1024,
        diskBytes: 8 * 1024 * 1024,
      },
    );
    assert.equal(r.limitHit, 'fsize');
    const freeAfter = statfsSync(tmpdir()).bavail * statfsSync(tmpdir()).bsize;
    assert.ok(free - freeAfter < 50 * 1024 * 1024, 'host free space did not drop');
    // every observe run folder on the host: one another process left behind, or one being made
    // or removed right now, may have no mnt (yet or any more), and then holds nothing either
    const leftData = (n: string): boolean => {
      try {
        return readdirSync(join(tmpdir(), n, 'mnt')).length > 0;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      }
    };
    assert.ok(
      !readdirSync(tmpdir()).some((n) => n.startsWith('skillgate-observe-') && leftData(n)),
      'no observe run left data in host storage',
    );
  });

  it('no address outside the namespace is reachable: a documentation IP and a host loopback listener both end in the sinkhole', async () => {
    let hostHits = 0;
    const server = createServer((s) => {
      hostHits++;
      s.destroy();
    });
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const port = (server.address() as { port: number }).port;
    try {
      const r = await observe(
        `python3 - <<'PY'
import socket
for host, port, msg in (("192.0.2.1", 80, b"hello-doc-ip"), ("127.0.0.1", ${port}, b"hello-host-listener"), ("::1", ${port}, b"hello-v6")):
    try:
        s = socket.create_connection((host, port), timeout=2)
        s.sendall(msg)
        s.close()
    except OSError as e:
        print("ERR", host, e)
PY`,
      );
      assert.equal(hostHits, 0, 'the host listener must never see a connection');
      const doc = r.tcp.find((c) => c.dst === '192.0.2.1' && c.port === 80);
      assert.equal(doc?.bytes.toString(), 'hello-doc-ip');
      const lo = r.tcp.find((c) => c.dst === '127.0.0.1' && c.port === port);
      assert.equal(lo?.bytes.toString(), 'hello-host-listener');
      const v6 = r.tcp.find((c) => c.dst === '::1' && c.port === port);
      assert.equal(v6?.bytes.toString(), 'hello-v6');
    } finally {
      server.close();
    }
  });

  it('wall, CPU and output limits stop the run and are reported', async () => {
    const wall = await observe('sleep 20', { wallMs: 800 });
    assert.equal(wall.limitHit, 'wall');
    const cpu = await observe('while :; do :; done', { cpuSeconds: 1, wallMs: 15000 });
    assert.equal(cpu.limitHit, 'cpu');
    assert.ok(cpu.cpuMs >= 800, `cpuMs=${cpu.cpuMs}`);
    const output = await observe('yes skillgate', { outputBytes: 64 * 1024 });
    assert.equal(output.limitHit, 'output');
  });
});
