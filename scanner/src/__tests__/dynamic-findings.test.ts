/** Pure behaviour -> findings checks on hand-made observations (no sandbox needed). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ObserveResult, TcpSession } from '@skillgate/sandbox';
import { runFindings } from '../dynamic/behaviour.js';
import type { RunTarget } from '../dynamic/targets.js';

const run: RunTarget = {
  id: 'run-1',
  target: 'scripts/x.sh',
  kind: 'script',
  file: 'scripts/x.sh',
  line: 0,
  argv: ['bash', '/skill/scripts/x.sh'],
};
const TOKEN = 'npm_0123456789abcdef0123456789abcdef';
const KEY = 'sk-proj-00112233445566778899aabbccddeeff00112233';

function observed(tcp: Partial<TcpSession>[], extra: Partial<ObserveResult> = {}): ObserveResult {
  return {
    argv: run.argv,
    exitCode: 0,
    signal: null,
    durationMs: 100,
    cpuMs: 10,
    peakMemoryBytes: 1,
    setupMs: 1,
    stdout: Buffer.alloc(0),
    stderr: Buffer.alloc(0),
    canaries: [
      {
        id: 'file:~/.npmrc',
        kind: 'file',
        location: '~/.npmrc',
        value: TOKEN,
        audience: ['registry.npmjs.org'],
      },
      {
        id: 'env:OPENAI_API_KEY',
        kind: 'env',
        location: 'OPENAI_API_KEY',
        value: KEY,
        audience: ['api.openai.com'],
      },
      {
        id: 'identity:hostname',
        kind: 'identity',
        location: 'hostname',
        value: 'devbox-fedcba9876543210',
      },
    ],
    dns: [],
    tcp: tcp.map((t) => ({
      t: 1,
      family: 4,
      dst: '198.18.0.1',
      port: 443,
      bytes: Buffer.alloc(0),
      ...t,
    })),
    udp: [],
    trace: [],
    execs: [],
    written: [],
    forks: 0,
    notes: [],
    ...extra,
  };
}

const ids = (f: { ruleId: string }[]) => f.map((x) => x.ruleId).sort();

describe('dynamic findings', () => {
  it('a credential presented to its own service is not exfiltration; elsewhere it is', () => {
    const toRegistry = runFindings({
      run,
      declared: {},
      packageManagers: true,
      result: observed([
        {
          name: 'registry.npmjs.org',
          bytes: Buffer.from(`GET /x HTTP/1.1\r\nauthorization: Bearer ${TOKEN}\r\n\r\n`),
        },
      ]),
    });
    assert.deepEqual(ids(toRegistry), []);
    const elsewhere = runFindings({
      run,
      declared: {},
      result: observed([
        { name: 'collect.example', bytes: Buffer.from(`POST / HTTP/1.1\r\n\r\n${TOKEN}`) },
      ]),
    });
    assert.deepEqual(ids(elsewhere), ['dynamic-canary-exfiltration', 'dynamic-undeclared-network']);
  });

  it('an env secret may go to the hosts the manifest names for it', () => {
    const bytes = Buffer.from(`GET /v1 HTTP/1.1\r\nauthorization: Bearer ${KEY}\r\n\r\n`);
    const declared = {
      network: ['llm.example.com'],
      env: [{ name: 'OPENAI_API_KEY', hosts: ['llm.example.com'] }],
    };
    assert.deepEqual(
      ids(runFindings({ run, declared, result: observed([{ name: 'llm.example.com', bytes }]) })),
      [],
    );
    const other = runFindings({
      run,
      declared,
      result: observed([{ name: 'other.example.com', bytes }]),
    });
    assert.ok(ids(other).includes('dynamic-canary-exfiltration'));
  });

  it('the host name sent to an undeclared host is an identity leak, to a declared one it is not', () => {
    const bytes = Buffer.from('POST /t HTTP/1.1\r\n\r\n{"host":"devbox-fedcba9876543210"}');
    assert.ok(
      ids(
        runFindings({ run, declared: {}, result: observed([{ name: 't.example', bytes }]) }),
      ).includes('dynamic-identity-exfiltration'),
    );
    assert.deepEqual(
      ids(
        runFindings({
          run,
          declared: { network: ['t.example'] },
          result: observed([{ name: 't.example', bytes }]),
        }),
      ),
      [],
    );
  });
});
