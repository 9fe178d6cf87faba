import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeHoneypot } from '../observe/honeypot.js';
import { resolveLimits } from '../observe/limits.js';
import { parseHttpRequest, tlsSni } from '../observe/payload.js';
import { connectTarget, execArgs, parseStrace, sampleView } from '../observe/strace.js';
import { ObserveError } from '../observe/errors.js';

const TRACE = [
  '100 1.000 execve("/usr/bin/bwrap", ["bwrap", "--unshare-all"], 0x1 /* 3 vars */) = 0',
  '100 1.001 clone(child_stack=NULL, flags=CLONE_NEWPID|SIGCHLD) = 101',
  '101 1.002 openat(AT_FDCWD</>, "/proc/self/ns", O_RDONLY) = 3</proc/self/ns>',
  '102 1.010 execve("/bin/sh", ["sh", "-c", "run \\"x\\""], 0x2 /* 5 vars */) = 0',
  "102 1.011 clone(child_stack=NULL, flags=CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7) = 2 /* 103 in strace's PID NS */",
  '103 1.012 execve("/usr/bin/curl", ["curl", "-s", "http://x.example/"] <unfinished ...>',
  '102 1.013 openat(AT_FDCWD</workspace>, "/home/agent/.ssh/id_rsa", O_RDONLY) = 3</home/agent/.ssh/id_rsa>',
  '103 1.014 <... execve resumed>, 0x3 /* 5 vars */) = 0',
  '103 1.015 connect(5<TCP:[1]>, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.0.2.1")}, 16) = -1 EINPROGRESS (Operation now in progress)',
  '102 1.016 dup2(3<TCP:[127.0.0.1:40000->192.0.2.1:4444]>, 1) = 1<TCP:[127.0.0.1:40000->192.0.2.1:4444]>',
  '103 1.020 +++ killed by SIGXCPU +++',
].join('\n');

describe('strace parsing', () => {
  it('joins unfinished/resumed halves and reads argv with escapes', () => {
    const { events, signals } = parseStrace(TRACE);
    const exec = events.find((e) => e.pid === 103 && e.syscall === 'execve');
    assert.ok(exec?.ok);
    assert.deepEqual(execArgs(exec!)?.argv, ['curl', '-s', 'http://x.example/']);
    const sh = events.find((e) => e.pid === 102 && e.syscall === 'execve');
    assert.deepEqual(execArgs(sh!)?.argv, ['sh', '-c', 'run "x"']);
    assert.deepEqual(signals, [{ pid: 103, signal: 'SIGXCPU', fatal: true }]);
  });

  it('keeps only the sample tree, mapping pid-namespace clone returns to host pids', () => {
    const view = sampleView(parseStrace(TRACE).events, ['sh', '-c', 'run "x"']);
    assert.deepEqual([...new Set(view.events.map((e) => e.pid))].sort(), [102, 103]);
    assert.equal(view.forks, 1);
    assert.deepEqual(
      view.execs.map((e) => [e.argv[0], e.ppid]),
      [
        ['sh', undefined],
        ['curl', 102],
      ],
    );
    assert.ok(
      !view.events.some((e) => e.args.includes('/proc/self/ns')),
      'bubblewrap setup is not the sample',
    );
  });

  it('reads connect targets', () => {
    const ev = parseStrace(TRACE).events.find((e) => e.syscall === 'connect')!;
    assert.deepEqual(connectTarget(ev), { family: 'inet', host: '192.0.2.1', port: 80 });
  });
});

describe('payload readers', () => {
  it('parses an HTTP request head and body', () => {
    const r = parseHttpRequest(
      Buffer.from('POST /c HTTP/1.1\r\nHost: h.example\r\nContent-Length: 3\r\n\r\nabc'),
    );
    assert.equal(r?.headers['host'], 'h.example');
    assert.equal(r?.body.toString(), 'abc');
    assert.equal(parseHttpRequest(Buffer.from('SSH-2.0-OpenSSH\r\n')), undefined);
  });

  it('reads SNI from a real ClientHello', async () => {
    const tls = await import('node:tls');
    const net = await import('node:net');
    const server = net.createServer();
    const hello = new Promise<Buffer>((resolve) =>
      server.on('connection', (s) => s.once('data', (d: Buffer) => (resolve(d), s.destroy()))),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const c = tls.connect({ host: '127.0.0.1', port, servername: 'secret.example.net' });
    c.on('error', () => {});
    const bytes = await hello;
    c.destroy();
    server.close();
    assert.equal(tlsSni(bytes), 'secret.example.net');
    assert.equal(tlsSni(Buffer.from('GET / HTTP/1.1\r\n')), undefined);
  });
});

describe('honeypot', () => {
  it('plants unique canaries each run', () => {
    let n = 0;
    const counter = (len: number) => (n++).toString(16).padStart(len, 'a').slice(-len);
    const a = makeHoneypot(counter);
    const b = makeHoneypot(counter);
    const values = [...a.canaries, ...b.canaries].map((c) => c.value);
    assert.equal(new Set(values).size, values.length);
    for (const want of [
      'file:~/.ssh/id_ed25519',
      'file:~/.aws/credentials',
      'env:OPENAI_API_KEY',
      'file:/workspace/.env',
    ]) {
      assert.ok(
        a.canaries.some((c) => c.id === want),
        want,
      );
    }
    for (const c of a.canaries.filter((x) => x.kind === 'file')) {
      const f = a.files.find(
        (x) => (x.root === 'home' ? `~/${x.path}` : `/workspace/${x.path}`) === c.location,
      );
      assert.ok(f?.content.includes(c.value), `${c.location} holds its canary`);
    }
  });
});

describe('limits', () => {
  it('rejects non-positive or fractional limits with a code', () => {
    assert.throws(
      () => resolveLimits({ wallMs: 0 }),
      (e: unknown) => e instanceof ObserveError && e.code === 'BAD_LIMIT',
    );
    assert.throws(() => resolveLimits({ processes: 1.5 }), /processes/);
    assert.equal(resolveLimits({ wallMs: 100 }).wallMs, 100);
  });
});
