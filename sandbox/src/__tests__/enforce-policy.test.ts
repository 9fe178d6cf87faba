/** Enforce mode's pure core: manifest → policy, env plan, network plan, trace parsing, classification. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPolicy, planEnv, planNetwork, matchesEntry, type HostFacts } from '../index.js';
import {
  absoluteGlob,
  coveredBy,
  expandArgv,
  literalPrefix,
  manifestPath,
} from '../enforce/paths.js';
import { commandEvents, parseTrace, splitTraceStream } from '../enforce/trace.js';
import { classify } from '../enforce/classify.js';
import { judgeRequest, tlsExcludes } from '../enforce/secrets.js';
import { rebindWriteRoots } from '../enforce/bind-order.js';

const ctx = { skillDir: '/opt/skills/s', workspace: '/work/ws', home: '/home/u' };
const host: HostFacts = {
  resolve: (n) =>
    ['curl', 'cat', 'bash', 'sh', 'python3', 'ls'].includes(n) ? `/usr/bin/${n}` : undefined,
  binDirs: ['/usr/bin', '/usr/sbin'],
  binDirAliases: { '/bin': '/usr/bin' },
  loaders: ['/lib64/ld-linux-x86-64.so.2'],
  interpreters: new Set(['python3']),
  shebangScripts: ['/opt/skills/s/scripts/run.py'],
  machinery: ['/usr/bin/socat'],
  exists: (p) => p !== '/etc/python3.11',
};

describe('manifest paths', () => {
  it('expands $SKILL, $WORKSPACE, ~ and workspace-relative globs', () => {
    assert.equal(absoluteGlob('$SKILL/**', ctx), '/opt/skills/s/**');
    assert.equal(absoluteGlob('$WORKSPACE/x', ctx), '/work/ws/x');
    assert.equal(absoluteGlob('~/.config/a/**', ctx), '/home/u/.config/a/**');
    assert.equal(absoluteGlob('$HOME/.config/a/**', ctx), '/home/u/.config/a/**');
    assert.equal(absoluteGlob('${HOME}/.cache/a', ctx), '/home/u/.cache/a');
    assert.equal(absoluteGlob('$HOMEWORK/x', ctx), '/work/ws/$HOMEWORK/x');
    assert.equal(absoluteGlob('./data/*.csv', ctx), '/work/ws/data/*.csv');
    assert.equal(absoluteGlob('out', ctx), '/work/ws/out');
    assert.equal(absoluteGlob('/etc/hosts', ctx), '/etc/hosts');
  });
  it('takes the literal directory of a glob and matches paths under it', () => {
    assert.equal(literalPrefix('/work/ws/out/**'), '/work/ws/out');
    assert.equal(literalPrefix('/work/ws/out/*.json'), '/work/ws/out');
    assert.equal(literalPrefix('/work/ws/a.txt'), '/work/ws/a.txt');
    assert.ok(coveredBy('/work/ws/out/a/b.json', ['/work/ws/out/**']));
    assert.ok(coveredBy('/work/ws/data/x.csv', ['/work/ws/data/*.csv']));
    assert.ok(!coveredBy('/work/ws/data/x.txt', ['/work/ws/data/*.csv']));
    assert.ok(!coveredBy('/work/ws/outside', ['/work/ws/out/**']));
  });
  it('expands $SKILL and $WORKSPACE at the start of command arguments only', () => {
    assert.deepEqual(
      expandArgv(['python3', '$SKILL/scripts/a.py', '--out=$WORKSPACE/x', '$WORKSPACE'], ctx),
      ['python3', '/opt/skills/s/scripts/a.py', '--out=$WORKSPACE/x', '/work/ws'],
    );
  });
  it('names host paths the way a manifest writes them', () => {
    assert.equal(manifestPath('/home/u/.ssh/id_rsa', ctx), '~/.ssh/id_rsa');
    assert.equal(manifestPath('/work/ws/notes.txt', ctx), './notes.txt');
    assert.equal(manifestPath('/opt/skills/s/x', ctx), '$SKILL/x');
    assert.equal(manifestPath('/etc/shadow', ctx), '/etc/shadow');
  });
});

describe('network plan', () => {
  it('hands host entries to srt and keeps any-host entries for the ask hook', () => {
    const p = planNetwork([
      'api.example.com',
      '*.example.org:443',
      '*:53',
      '127.0.0.1:8080',
      'x.example.net:*',
    ]);
    assert.deepEqual(p.allowedDomains, [
      'api.example.com',
      '*.example.org:443',
      '127.0.0.1:8080',
      'x.example.net',
    ]);
    assert.deepEqual(p.anyHostPorts, [53]);
    assert.equal(p.anyHost, false);
    assert.equal(planNetwork(['*']).anyHost, true);
  });
  it('matches host, wildcard and port', () => {
    assert.ok(matchesEntry('a.example.org', 443, '*.example.org:443'));
    assert.ok(!matchesEntry('a.example.org', 80, '*.example.org:443'));
    assert.ok(!matchesEntry('example.org', 443, '*.example.org'));
    assert.ok(matchesEntry('API.example.com', 1234, 'api.example.com'));
    assert.ok(matchesEntry('::1', 80, '[::1]:80'));
    assert.ok(!matchesEntry('127.0.0.2', 8080, '127.0.0.1:8080'));
  });
});

describe('env plan', () => {
  it('passes declared names, masks secrets with hosts, withholds the rest', () => {
    let n = 0;
    const p = planEnv(
      {
        HOME: '/x',
        PATH: '/p',
        LOG_LEVEL: 'debug',
        API_KEY: 'sk-real',
        AWS_SECRET_ACCESS_KEY: 'a',
        TERM: 'xterm',
      },
      { env: ['LOG_LEVEL', 'MISSING', { name: 'API_KEY', hosts: ['api.example.com'] }] },
      '/home/u',
      () => `${++n}`.padStart(4, '0'),
    );
    assert.equal(p.env.LOG_LEVEL, 'debug');
    assert.equal(p.env.API_KEY, 'SKILLGATE_MASKED_0001');
    assert.equal(p.env.HOME, '/home/u');
    assert.equal(p.env.TERM, 'xterm');
    assert.equal(p.env.AWS_SECRET_ACCESS_KEY, undefined);
    assert.equal('MISSING' in p.env, false);
    assert.deepEqual(p.withheld, ['AWS_SECRET_ACCESS_KEY']);
    assert.deepEqual(p.secrets, [
      {
        name: 'API_KEY',
        real: 'sk-real',
        placeholder: 'SKILLGATE_MASKED_0001',
        hosts: ['api.example.com'],
      },
    ]);
  });
});

describe('policy', () => {
  const caps = {
    fs: { read: ['./data/**'], write: ['./out/**', '$SKILL/cache/**'] },
    exec: ['curl', 'pdftotext'],
  };
  const p = buildPolicy(caps, ctx, host);
  it('hides everything but system dirs, the skill, declared reads and allowed binaries', () => {
    assert.deepEqual(p.filesystem.denyRead, ['/', '/usr/bin', '/usr/sbin', '/work/ws']);
    for (const r of [
      '/usr',
      '/etc/ld.so.cache',
      '/opt/skills/s',
      '/work/ws/data/**',
      '/usr/bin/curl',
      '/usr/bin/socat',
    ])
      assert.ok(p.filesystem.allowRead.includes(r), r);
    assert.ok(!p.filesystem.allowRead.includes('/etc/python3.11'));
    assert.ok(!p.filesystem.allowRead.some((r) => r.startsWith('/home')));
  });
  it('makes only declared write roots writable, never the skill itself', () => {
    assert.deepEqual(p.filesystem.allowWrite, ['/work/ws/out']);
    assert.deepEqual(p.filesystem.denyWrite, ['/opt/skills/s']);
  });
  it('allows declared, interpreter and plumbing binaries and notes declared ones that are missing', () => {
    assert.deepEqual([...p.execAllowed.keys()].sort(), [
      'bash',
      'cat',
      'curl',
      'ls',
      'python3',
      'sh',
    ]);
    assert.deepEqual(p.execMissing, ['pdftotext']);
    assert.ok(p.execPaths.includes('/lib64/ld-linux-x86-64.so.2'));
    assert.ok(p.execPaths.includes('/opt/skills/s/scripts/run.py'));
    assert.ok(!p.execPaths.includes('/usr/bin/socat'));
  });
});

const TRACE_ROOT = [
  'execve("/usr/bin/bash", ["/usr/bin/bash", "-c", "x"], 0x1 /* 3 vars */) = 0',
  'execve("/usr/bin/python3", ["/usr/bin/python3", "-I", "-S", "-c", "\\nimport ctypes, os, struct, sys"..., "sgx-abc", "/usr/bin/cat", "--", "bash"], 0x2 /* 3 vars */) = 0',
  'openat(AT_FDCWD</work/ws>, "/usr/bin/pyvenv.cfg", O_RDONLY) = -1 ENOENT (No such file or directory)',
  'execve("/usr/bin/bash", ["bash", "-c", "cat ~/.ssh/id_rsa"], 0x3 /* 3 vars */) = 0',
  "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|SIGCHLD, child_tidptr=0x7f) = 5 /* 4242 in strace's PID NS */",
  'newfstatat(AT_FDCWD</work/ws>, "/usr/bin/base64", 0x7ff, 0) = -1 ENOENT (No such file or directory)',
  'connect(3<socket:[1]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("192.0.2.7")}, 16) = -1 ENETUNREACH (Network is unreachable)',
].join('\n');
const TRACE_CHILD = [
  'execve("/usr/bin/cat", ["cat", "/home/u/.ssh/id_rsa"], 0x4 /* 3 vars */) = 0',
  'openat(AT_FDCWD</work/ws>, "/home/u/.ssh/id_rsa", O_RDONLY) = -1 ENOENT (No such file or directory)',
  'openat(AT_FDCWD</work/ws>, "out/new.txt", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3</work/ws/out/new.txt>',
  'openat(AT_FDCWD</work/ws>, "/home/u/.bashrc", O_WRONLY|O_CREAT|O_APPEND, 0666) = -1 ENOENT (No such file or directory)',
  'openat(AT_FDCWD</work/ws>, "/tmp/scratch.txt", O_WRONLY|O_CREAT, 0666) = 3</tmp/scratch.txt>',
  'openat(AT_FDCWD</work/ws>, "/opt/other/file", O_WRONLY|O_CREAT, 0666) = 3</opt/other/file>',
  'execve("./evil", ["./evil"], 0x5 /* 3 vars */) = -1 EACCES (Permission denied)',
  'openat(AT_FDCWD</work/ws>, "caf\\303\\251.txt", O_RDONLY) = -1 ENOENT (No such file or directory)',
].join('\n');

describe('trace', () => {
  // strace -f -o: every line after its process's pid, the halves of an interrupted call apart
  const ROOT = 7;
  const stream = [
    ...TRACE_ROOT.split('\n')
      .slice(0, 4)
      .map((l) => `${ROOT}  ${l}`),
    `${ROOT}  clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|SIGCHLD, child_tidptr=0x7f <unfinished ...>`,
    ...TRACE_CHILD.split('\n').map((l) => `42    ${l}`),
    `${ROOT}  <... clone resumed>) = 42`,
    ...TRACE_ROOT.split('\n')
      .slice(5)
      .map((l) => `${ROOT}  ${l}`),
    'strace: Process 42 detached',
  ].join('\n');
  const byPid = new Map(
    [...splitTraceStream(stream)].map(([pid, lines]) => [
      pid,
      parseTrace(pid, lines.join('\n'), 'sgx-abc'),
    ]),
  );
  const events = commandEvents(byPid, 'sgx-abc');

  it('splits the stream per process and joins unfinished/resumed halves', () => {
    assert.deepEqual(
      [...byPid.keys()].sort((x, y) => x - y),
      [ROOT, 42],
    );
    const clone = byPid.get(ROOT)?.find((e) => e.syscall === 'clone');
    assert.equal(clone?.child, 42);
  });

  it('translates pids from another pid namespace', () => {
    const [ev] = parseTrace(1, TRACE_ROOT.split('\n')[4] as string);
    assert.equal(ev?.child, 4242);
  });

  it('parses paths against their directory, escapes, fork children and connects', () => {
    const conn = byPid.get(ROOT)?.find((e) => e.syscall === 'connect');
    assert.deepEqual(conn?.addr, { family: 'inet', host: '192.0.2.7', port: 443 });
    const paths = events.flatMap((e) => e.paths.map((p) => p.path));
    assert.ok(paths.includes('/work/ws/out/new.txt'));
    assert.ok(paths.includes('/work/ws/café.txt'));
    assert.ok(paths.includes('/work/ws/evil'));
  });
  it('keeps only the command, not the helper start-up', () => {
    assert.ok(!events.some((e) => e.paths.some((p) => p.path === '/usr/bin/pyvenv.cfg')));
  });

  it('reports each denial once, named by the capability that would allow it', () => {
    const policy = buildPolicy({ fs: { write: ['./out/**'] } }, ctx, host);
    const existing = new Set([
      '/home/u/.ssh/id_rsa',
      '/usr/bin/base64',
      '/home/u',
      '/opt/other',
      '/work/ws/evil',
    ]);
    const denied = classify(events, {
      policy,
      declaredNetwork: [],
      hostExists: (p) => existing.has(p),
    });
    const got = denied.map((d) => `${d.kind} ${d.target} | ${d.wouldNeed}`).sort();
    assert.deepEqual(got, [
      'exec ./evil | exec: evil',
      'exec base64 | exec: base64',
      'fs.read ~/.ssh/id_rsa | fs.read: ~/.ssh/id_rsa',
      'fs.write /opt/other/file | fs.write: /opt/other/file',
      'fs.write ~/.bashrc | fs.write: ~/.bashrc',
      'network 192.0.2.7:443 | network: 192.0.2.7:443',
    ]);
  });
});

describe('secrets on the wire', () => {
  const secrets = [
    {
      name: 'TOKEN',
      real: 'r',
      placeholder: 'SKILLGATE_MASKED_ab',
      hosts: ['api.example.com:443'],
    },
  ];
  it('lets the placeholder go to its declared host', () => {
    assert.deepEqual(
      judgeRequest('api.example.com', 443, 'Authorization: SKILLGATE_MASKED_ab', secrets),
      {
        allow: true,
        denied: [],
      },
    );
  });
  it('reports it sent masked to another host', () => {
    const v = judgeRequest('collector.example.net', 80, 'body=SKILLGATE_MASKED_ab', secrets);
    assert.equal(v.allow, true);
    assert.equal(v.denied[0]?.wouldNeed, 'env: TOKEN -> collector.example.net:80');
  });
  it('blocks it on an undeclared port of the same host, where the proxy would substitute', () => {
    const v = judgeRequest('api.example.com', 80, 'x SKILLGATE_MASKED_ab', secrets);
    assert.equal(v.allow, false);
    assert.equal(v.denied[0]?.kind, 'secret');
  });
  it('terminates TLS only for the secrets hosts', () => {
    assert.deepEqual(
      tlsExcludes(
        ['api.example.com:443', 'cdn.example.net', '*.example.org', '*:53', '127.0.0.1:9'],
        secrets,
      ),
      ['cdn.example.net', '*.example.org', '127.0.0.1'],
    );
    const wild = [{ ...secrets[0]!, hosts: ['*.example.com'] }];
    assert.deepEqual(tlsExcludes(['*.example.com', 'api.example.com', 'x.example.net'], wild), [
      'x.example.net',
    ]);
  });
  it('ignores requests without a placeholder', () => {
    assert.deepEqual(judgeRequest('evil.example', 80, 'hello', secrets), {
      allow: true,
      denied: [],
    });
  });
});

describe('mount order workaround', () => {
  const line =
    "bwrap --ro-bind / / --bind /w/out /w/out --tmpfs /w --bind /w/out /w/out --ro-bind /w /w --ro-bind /d/x /d/x --dev /dev --unshare-pid -- bash -c 'echo --ro-bind /w /w'";
  it('re-binds a write root after the read-only bind of its ancestor', () => {
    const out = rebindWriteRoots(line, ['/w/out', '/d/y']);
    assert.match(out, / --ro-bind \/w \/w --bind \/w\/out \/w\/out --ro-bind \/d\/x/);
    assert.ok(out.endsWith("-- bash -c 'echo --ro-bind /w /w'"));
    assert.equal(out.split('--bind /w/out').length - 1, 3);
  });
  it('leaves lines alone when no read bind covers the write root', () => {
    assert.equal(rebindWriteRoots(line, ['/elsewhere/out']), line);
  });
});
