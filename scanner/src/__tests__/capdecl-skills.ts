/**
 * Skills whose skill.json declares what they do, spelled in the ways the manifest format allows
 * (hosts with and without a port, `*.` wildcards, address literals; paths with `~`, `$HOME`,
 * `${HOME}`, `./`, globs, a folder declared and a file inside it read; programs by name run by
 * path or through a wrapper; environment variables read through each language's API), and for
 * each the same skill with one undeclared use added (the liar). Reserved hosts and documentation
 * addresses only; nothing here runs. Scanned by capdecl.test.ts.
 */
import type { Capabilities } from '@skillgate/format';

export type UndeclaredRule =
  | 'cap-undeclared-network'
  | 'cap-undeclared-fs-read'
  | 'cap-undeclared-fs-write'
  | 'cap-undeclared-exec'
  | 'cap-undeclared-env';

export interface CapCase {
  /** the skill's name (also its case name) */
  name: string;
  caps: Capabilities;
  /** the skill's files beside SKILL.md and skill.json: [path, text] */
  files: ReadonlyArray<readonly [string, string]>;
  /** the liar: one more file with one use the manifest does not declare, and the rule it must get */
  liar: { file: readonly [string, string]; rule: UndeclaredRule; what: string };
}

/** a file's text from its lines */
const L = (...lines: string[]): string => lines.join('\n') + '\n';

export function skillMd(c: CapCase): string {
  const runs = c.files
    .filter(([p]) => p.startsWith('scripts/'))
    .map(([p]) => {
      const run = p.endsWith('.py')
        ? 'python3'
        : p.endsWith('.sh')
          ? 'bash'
          : p.endsWith('.ts')
            ? 'npx tsx'
            : 'node';
      return `- \`${run} ${p}\``;
    });
  return L(
    '---',
    `name: ${c.name}`,
    `description: ${c.name} helper for the user's own project.`,
    '---',
    '',
    `# ${c.name}`,
    '',
    'Run the script that fits the task:',
    '',
    ...runs,
  );
}

export function manifest(c: CapCase): string {
  return (
    JSON.stringify(
      {
        name: c.name,
        version: '1.0.0',
        description: `${c.name} helper`,
        license: 'MIT',
        capabilities: c.caps,
      },
      null,
      2,
    ) + '\n'
  );
}

/** the honest skill's files, and the liar's (the same plus its one undeclared use) */
export function honestFiles(c: CapCase): Array<readonly [string, string]> {
  return [['SKILL.md', skillMd(c)], ['skill.json', manifest(c)], ...c.files];
}
export function liarFiles(c: CapCase): Array<readonly [string, string]> {
  return [...honestFiles(c), c.liar.file];
}

const KEY = { name: 'EXAMPLE_API_KEY', hosts: ['api.example.com'] };

export const CASES: readonly CapCase[] = [
  // ---- network ---------------------------------------------------------------------------------
  {
    name: 'py-host-plain',
    caps: { network: ['api.example.com'], env: [KEY] },
    files: [
      [
        'scripts/fetch.py',
        L(
          'import os',
          'import requests',
          '',
          'KEY = os.environ["EXAMPLE_API_KEY"]',
          'r = requests.get("https://api.example.com/v1/items", headers={"Authorization": f"Bearer {KEY}"}, timeout=10)',
          'print(r.json())',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/ping.py',
        L('import requests', 'requests.get("https://status.example.net/v1/ping", timeout=5)'),
      ],
      rule: 'cap-undeclared-network',
      what: 'status.example.net:443',
    },
  },
  {
    name: 'js-host-port-443',
    caps: { network: ['api.example.com:443'] },
    files: [
      [
        'scripts/status.js',
        L(
          "const r = await fetch('https://api.example.com/v1/status');",
          'console.log(await r.json());',
        ),
      ],
    ],
    liar: {
      // the declared host on another port
      file: [
        'scripts/debug.js',
        L("const r = await fetch('http://api.example.com:8080/debug');", 'console.log(r.status);'),
      ],
      rule: 'cap-undeclared-network',
      what: 'api.example.com:8080',
    },
  },
  {
    name: 'ts-host-custom-port',
    caps: { network: ['api.example.com:8443'] },
    files: [
      [
        'scripts/health.ts',
        L(
          "const res: Response = await fetch('https://api.example.com:8443/health');",
          'console.log(res.status);',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/other.ts',
        L(
          "const res: Response = await fetch('https://api.example.com/health');",
          'console.log(res.ok);',
        ),
      ],
      rule: 'cap-undeclared-network',
      what: 'api.example.com:443',
    },
  },
  {
    name: 'bash-wildcard-sub',
    caps: { network: ['*.example.org'], exec: ['curl'] },
    files: [
      [
        'scripts/feed.sh',
        L(
          '#!/usr/bin/env bash',
          'set -euo pipefail',
          'curl -fsS https://data.example.org/feed.json -o feed.json',
          'curl -fsS https://cdn.eu.example.org/logo.png -o logo.png',
        ),
      ],
    ],
    liar: {
      // a wildcard over subdomains does not cover a look-alike registrable domain
      file: [
        'scripts/mirror.sh',
        L(
          '#!/usr/bin/env bash',
          'curl -fsS https://data.example-org.test/feed.json -o mirror.json',
        ),
      ],
      rule: 'cap-undeclared-network',
      what: 'data.example-org.test:443',
    },
  },
  {
    name: 'py-wildcard-port',
    caps: { network: ['*.example.org:443'] },
    files: [
      [
        'scripts/files.py',
        L(
          'import urllib.request',
          '',
          'with urllib.request.urlopen("https://files.example.org/a.csv") as r:',
          '    print(r.read().decode())',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/plain.py',
        L(
          'import urllib.request',
          'urllib.request.urlopen("http://files.example.org:8000/b.csv").read()',
        ),
      ],
      rule: 'cap-undeclared-network',
      what: 'files.example.org:8000',
    },
  },
  {
    name: 'js-ipv4-literal',
    caps: { network: ['192.0.2.10:8080'] },
    files: [
      [
        'scripts/metrics.js',
        L(
          "const r = await fetch('http://192.0.2.10:8080/metrics');",
          'console.log(await r.text());',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/push.js',
        L("await fetch('http://198.51.100.7:8080/push', { method: 'POST', body: 'ok' });"),
      ],
      rule: 'cap-undeclared-network',
      what: '198.51.100.7:8080',
    },
  },
  {
    name: 'py-ipv6-literal',
    caps: { network: ['[2001:db8::10]:8443'] },
    files: [
      [
        'scripts/api.py',
        L(
          'import requests',
          'r = requests.get("https://[2001:db8::10]:8443/api", timeout=5)',
          'print(r.status_code)',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/other.py',
        L('import requests', 'requests.get("https://[2001:db8::99]:8443/api", timeout=5)'),
      ],
      rule: 'cap-undeclared-network',
      what: '[2001:db8::99]:8443',
    },
  },
  {
    name: 'bash-ipv6-noport',
    caps: { network: ['[2001:db8::20]'], exec: ['curl'] },
    files: [
      [
        'scripts/status.sh',
        L('#!/usr/bin/env bash', 'curl -g -fsS "http://[2001:db8::20]/status"'),
      ],
    ],
    liar: {
      file: [
        'scripts/more.sh',
        L('#!/usr/bin/env bash', 'curl -g -fsS "http://[2001:db8::21]/status"'),
      ],
      rule: 'cap-undeclared-network',
      what: '[2001:db8::21]:80',
    },
  },
  {
    name: 'js-upper-case-url',
    caps: { network: ['api.example.com'] },
    files: [
      [
        'scripts/ping.js',
        L("const r = await fetch('https://API.Example.COM/v2/ping');", 'console.log(r.status);'),
      ],
    ],
    liar: {
      file: ['scripts/beacon.js', L("await fetch('https://Stats.Example.NET/v2/ping');")],
      rule: 'cap-undeclared-network',
      what: 'stats.example.net:443',
    },
  },
  {
    name: 'py-trailing-dot',
    caps: { network: ['api.example.com'] },
    files: [
      [
        'scripts/fqdn.py',
        L(
          'import requests',
          'print(requests.get("https://api.example.com./v1/ping", timeout=5).status_code)',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/also.py',
        L('import requests', 'requests.get("https://cdn.example.com./x", timeout=5)'),
      ],
      rule: 'cap-undeclared-network',
      what: 'cdn.example.com:443',
    },
  },
  {
    name: 'js-websocket',
    caps: { network: ['stream.example.com:443'] },
    files: [
      [
        'scripts/stream.js',
        L(
          "const ws = new WebSocket('wss://stream.example.com/events');",
          'ws.onmessage = (e) => console.log(e.data);',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/plain.js',
        L("const ws = new WebSocket('ws://stream.example.com/events');", 'ws.close();'),
      ],
      rule: 'cap-undeclared-network',
      what: 'stream.example.com:80',
    },
  },
  {
    name: 'bash-port-star',
    caps: { network: ['api.example.com:*'], exec: ['curl'] },
    files: [
      [
        'scripts/any-port.sh',
        L(
          '#!/usr/bin/env bash',
          'curl -fsS https://api.example.com:9443/v1/health',
          'curl -fsS https://api.example.com/v1/health',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/extra.sh',
        L('#!/usr/bin/env bash', 'curl -fsS https://api.example.net:9443/v1/health'),
      ],
      rule: 'cap-undeclared-network',
      what: 'api.example.net:9443',
    },
  },
  {
    name: 'bash-git-ssh',
    caps: { network: ['git.example.com:22'], exec: ['git'] },
    files: [
      [
        'scripts/clone.sh',
        L('#!/usr/bin/env bash', 'git clone git@git.example.com:team/repo.git ./repo'),
      ],
    ],
    liar: {
      file: [
        'scripts/mirror.sh',
        L('#!/usr/bin/env bash', 'git clone git@git.example.net:team/repo.git ./mirror'),
      ],
      rule: 'cap-undeclared-network',
      what: 'git.example.net:22',
    },
  },
  {
    name: 'js-idn-host',
    caps: { network: ['xn--bcher-kva.example'] },
    files: [
      [
        'scripts/catalog.js',
        L(
          "const r = await fetch('https://bücher.example/catalog');",
          'console.log(await r.text());',
        ),
      ],
    ],
    liar: {
      file: ['scripts/shop.js', L("await fetch('https://läden.example/catalog');")],
      rule: 'cap-undeclared-network',
      what: 'xn--lden-loa.example:443',
    },
  },
  // ---- files -----------------------------------------------------------------------------------
  {
    name: 'py-tilde-folder',
    caps: { fs: { read: ['~/.config/notetool/'] } },
    files: [
      [
        'scripts/settings.py',
        L(
          'import os',
          'with open(os.path.expanduser("~/.config/notetool/settings.toml")) as f:',
          '    print(f.read())',
        ),
      ],
    ],
    liar: {
      // out of the declared folder by `..`
      file: [
        'scripts/peek.py',
        L(
          'import os',
          'print(open(os.path.expanduser("~/.config/notetool/../../.gitconfig")).read())',
        ),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.gitconfig',
    },
  },
  {
    name: 'bash-dollar-home-glob',
    caps: { fs: { read: ['$HOME/.config/notetool/**'] } },
    files: [
      [
        'scripts/show.sh',
        L(
          '#!/usr/bin/env bash',
          'cat "$HOME/.config/notetool/settings.toml"',
          'cat ~/.config/notetool/profiles/work.toml',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/sibling.sh',
        L('#!/usr/bin/env bash', 'cat "$HOME/.config/notetool-sync/token.txt"'),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.config/notetool-sync/token.txt',
    },
  },
  {
    name: 'bash-braced-home-write',
    caps: { fs: { write: ['${HOME}/.cache/notetool'] } },
    files: [
      [
        'scripts/cache.sh',
        L(
          '#!/usr/bin/env bash',
          'mkdir -p "${HOME}/.cache/notetool/tmp"',
          'echo ok > "$HOME/.cache/notetool/tmp/state"',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/rc.sh',
        L('#!/usr/bin/env bash', 'echo "alias nt=notetool" >> "${HOME}/.notetoolrc"'),
      ],
      rule: 'cap-undeclared-fs-write',
      what: '~/.notetoolrc',
    },
  },
  {
    name: 'js-homedir-join',
    caps: { fs: { read: ['~/.config/notetool/**'] } },
    files: [
      [
        'scripts/config.js',
        L(
          "const fs = require('fs');",
          "const os = require('os');",
          "const path = require('path');",
          "const cfg = fs.readFileSync(path.join(os.homedir(), '.config', 'notetool', 'config.json'), 'utf8');",
          'console.log(JSON.parse(cfg));',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/other.js',
        L(
          "const fs = require('fs');",
          "const os = require('os');",
          "const path = require('path');",
          "console.log(fs.readFileSync(path.join(os.homedir(), '.config', 'othertool', 'config.json'), 'utf8'));",
        ),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.config/othertool/config.json',
    },
  },
  {
    name: 'py-pathlib-write-star',
    caps: { fs: { write: ['~/.local/share/notetool/*.json'] } },
    files: [
      [
        'scripts/index.py',
        L(
          'import json',
          'from pathlib import Path',
          '',
          'INDEX = Path.home() / ".local/share/notetool/index.json"',
          'INDEX.parent.mkdir(parents=True, exist_ok=True)',
          'INDEX.write_text(json.dumps({"notes": []}))',
        ),
      ],
    ],
    liar: {
      // a single `*` does not reach into a subfolder
      file: [
        'scripts/deep.py',
        L(
          'from pathlib import Path',
          '(Path.home() / ".local/share/notetool/cache/blob.json").write_text("{}")',
        ),
      ],
      rule: 'cap-undeclared-fs-write',
      what: '~/.local/share/notetool/cache/blob.json',
    },
  },
  {
    name: 'ts-doublestar-middle',
    caps: { fs: { read: ['~/projects/**/package.json'] } },
    files: [
      [
        'scripts/deps.ts',
        L(
          "import { readFileSync } from 'node:fs';",
          "import { homedir } from 'node:os';",
          "const top: string = readFileSync(homedir() + '/projects/package.json', 'utf8');",
          "const web: string = readFileSync(homedir() + '/projects/web/package.json', 'utf8');",
          'console.log(top.length + web.length);',
        ),
      ],
    ],
    liar: {
      // `**/package.json` is a file named package.json, not any name ending in it
      file: [
        'scripts/lock.ts',
        L(
          "import { readFileSync } from 'node:fs';",
          "import { homedir } from 'node:os';",
          "console.log(readFileSync(homedir() + '/projects/web/not-package.json', 'utf8'));",
        ),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/projects/web/not-package.json',
    },
  },
  {
    name: 'bash-folder-itself',
    caps: { fs: { read: ['~/Documents/notes/**'] } },
    files: [
      [
        'scripts/list.sh',
        L('#!/usr/bin/env bash', 'ls ~/Documents/notes', 'cat ~/Documents/notes/today.md'),
      ],
    ],
    liar: {
      file: ['scripts/docs.sh', L('#!/usr/bin/env bash', 'ls ~/Documents')],
      rule: 'cap-undeclared-fs-read',
      what: '~/Documents',
    },
  },
  {
    name: 'py-abs-etc-hosts',
    caps: { fs: { read: ['/etc/hosts'] } },
    files: [['scripts/hosts.py', L('with open("/etc/hosts") as f:', '    print(f.read())')]],
    liar: {
      file: ['scripts/resolv.py', L('print(open("/etc/resolv.conf").read())')],
      rule: 'cap-undeclared-fs-read',
      what: '/etc/resolv.conf',
    },
  },
  {
    name: 'py-brace-alternatives',
    caps: { fs: { read: ['~/.config/notetool/{config,theme}.json'] } },
    files: [
      [
        'scripts/theme.py',
        L(
          'import json, os',
          'cfg = json.load(open(os.path.expanduser("~/.config/notetool/config.json")))',
          'theme = json.load(open(os.path.expanduser("~/.config/notetool/theme.json")))',
          'print(cfg, theme)',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/keys.py',
        L('import os', 'print(open(os.path.expanduser("~/.config/notetool/keys.json")).read())'),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.config/notetool/keys.json',
    },
  },
  {
    name: 'py-workspace-relative',
    caps: { fs: { read: ['./data/**'], write: ['./out/**'] } },
    files: [
      [
        'scripts/convert.py',
        L(
          'import csv, json',
          'rows = list(csv.DictReader(open("data/input.csv")))',
          'with open("./out/rows.json", "w") as f:',
          '    json.dump(rows, f)',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/home.py',
        L('import os', 'open(os.path.expanduser("~/rows-backup.json"), "w").write("[]")'),
      ],
      rule: 'cap-undeclared-fs-write',
      what: '~/rows-backup.json',
    },
  },
  {
    name: 'js-write-read-back',
    caps: { fs: { write: ['~/.cache/notetool/**'] } },
    files: [
      [
        'scripts/last.js',
        L(
          "const fs = require('fs');",
          "const os = require('os');",
          "const file = os.homedir() + '/.cache/notetool/last.json';",
          "if (fs.existsSync(file)) console.log(fs.readFileSync(file, 'utf8'));",
          'fs.writeFileSync(file, JSON.stringify({ at: Date.now() }));',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/hist.js',
        L(
          "const fs = require('fs');",
          "const os = require('os');",
          "console.log(fs.readFileSync(os.homedir() + '/.bash_history', 'utf8').length);",
        ),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.bash_history',
    },
  },
  {
    name: 'py-space-in-path',
    caps: { fs: { read: ['~/Documents/My Notes/*.md'] } },
    files: [
      [
        'scripts/today.py',
        L('import os', 'print(open(os.path.expanduser("~/Documents/My Notes/today.md")).read())'),
      ],
    ],
    liar: {
      file: [
        'scripts/other.py',
        L('import os', 'print(open(os.path.expanduser("~/Documents/Private/diary.md")).read())'),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/Documents/Private/diary.md',
    },
  },
  {
    name: 'bash-home-dot-segment',
    caps: { fs: { read: ['~/./.config/notetool/settings.toml'] } },
    files: [['scripts/cat.sh', L('#!/usr/bin/env bash', 'cat ~/.config/notetool/settings.toml')]],
    liar: {
      file: [
        'scripts/dots.sh',
        L('#!/usr/bin/env bash', 'cat ~/.config/notetool/./../other/settings.toml'),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.config/other/settings.toml',
    },
  },
  {
    name: 'py-glob-class',
    caps: { fs: { read: ['~/.config/notetool/[ab].json', '~/.config/notetool/themes/*'] } },
    files: [
      [
        'scripts/themes.py',
        L(
          'import glob, os',
          'print(open(os.path.expanduser("~/.config/notetool/a.json")).read())',
          'for p in glob.glob(os.path.expanduser("~/.config/notetool/themes/*")):',
          '    print(p)',
        ),
      ],
    ],
    liar: {
      // a recursive glob reads deeper than a declared `*`
      file: [
        'scripts/all.py',
        L(
          'import glob, os',
          'for p in glob.glob(os.path.expanduser("~/.config/notetool/themes/**"), recursive=True):',
          '    print(open(p).read())',
        ),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.config/notetool/themes/**',
    },
  },
  // ---- programs --------------------------------------------------------------------------------
  {
    name: 'bash-git-by-path',
    caps: { exec: ['git'] },
    files: [
      [
        'scripts/log.sh',
        L('#!/usr/bin/env bash', '/usr/bin/git log --oneline -5', 'git status --short'),
      ],
    ],
    liar: {
      file: ['scripts/sync.sh', L('#!/usr/bin/env bash', '/usr/bin/rsync -a ./out/ ./backup/')],
      rule: 'cap-undeclared-exec',
      what: 'rsync',
    },
  },
  {
    name: 'bash-python-spellings',
    caps: {},
    files: [
      [
        'scripts/run.sh',
        L(
          '#!/usr/bin/env bash',
          'python scripts/helper.py',
          'python3 -m json.tool data.json',
          'node scripts/fmt.js',
        ),
      ],
      ['scripts/helper.py', L('#!/usr/bin/env python3', 'print("ok")')],
      ['scripts/fmt.js', L('#!/usr/bin/env node', "console.log('ok');")],
    ],
    liar: {
      file: ['scripts/extra.sh', L('#!/usr/bin/env bash', 'pandoc README.md -o README.html')],
      rule: 'cap-undeclared-exec',
      what: 'pandoc',
    },
  },
  {
    name: 'py-subprocess-list',
    caps: { exec: ['pdftotext'] },
    files: [
      [
        'scripts/pdf.py',
        L(
          'import subprocess',
          'subprocess.run(["pdftotext", "in.pdf", "out.txt"], check=True)',
          'subprocess.run(["/usr/bin/pdftotext", "-layout", "in.pdf", "layout.txt"], check=True)',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/img.py',
        L(
          'import subprocess',
          'subprocess.run(["pdftoppm", "-png", "in.pdf", "page"], check=True)',
        ),
      ],
      rule: 'cap-undeclared-exec',
      what: 'pdftoppm',
    },
  },
  {
    name: 'js-execfile-abs',
    caps: { exec: ['rg'] },
    files: [
      [
        'scripts/todo.js',
        L(
          "const { execFileSync } = require('child_process');",
          "console.log(execFileSync('/usr/local/bin/rg', ['TODO', '.'], { encoding: 'utf8' }));",
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/fd.js',
        L(
          "const { execFileSync } = require('child_process');",
          "console.log(execFileSync('/usr/local/bin/fd', ['-e', 'md'], { encoding: 'utf8' }));",
        ),
      ],
      rule: 'cap-undeclared-exec',
      what: 'fd',
    },
  },
  {
    name: 'ts-execsync-string',
    caps: { exec: ['git'] },
    files: [
      [
        'scripts/status.ts',
        L(
          "import { execSync } from 'node:child_process';",
          "const out: string = execSync('git status --short', { encoding: 'utf8' });",
          'console.log(out);',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/zip.ts',
        L("import { execSync } from 'node:child_process';", "execSync('zip -r out.zip out');"),
      ],
      rule: 'cap-undeclared-exec',
      what: 'zip',
    },
  },
  {
    name: 'bash-env-wrappers',
    caps: { exec: ['jq'] },
    files: [
      [
        'scripts/name.sh',
        L(
          '#!/usr/bin/env bash',
          "env LC_ALL=C jq -r '.name' package.json",
          "/usr/bin/env jq -r '.version' package.json",
          "command -v jq >/dev/null && jq -r '.license' package.json",
        ),
      ],
    ],
    liar: {
      file: ['scripts/yq.sh', L('#!/usr/bin/env bash', "env LC_ALL=C yq -r '.name' config.yaml")],
      rule: 'cap-undeclared-exec',
      what: 'yq',
    },
  },
  {
    name: 'bash-npx-two-words',
    caps: { exec: ['npx prettier'] },
    files: [
      [
        'scripts/fmt.sh',
        L('#!/usr/bin/env bash', 'npx prettier --check .', 'npx --yes prettier --write README.md'),
      ],
    ],
    liar: {
      file: ['scripts/lint.sh', L('#!/usr/bin/env bash', 'npx eslint .')],
      rule: 'cap-undeclared-exec',
      what: 'eslint',
    },
  },
  {
    name: 'py-os-system',
    caps: { exec: ['git'] },
    files: [['scripts/st.py', L('import os', 'os.system("git status --short")')]],
    liar: {
      file: ['scripts/zip.py', L('import os', 'os.system("zip -qr out.zip out")')],
      rule: 'cap-undeclared-exec',
      what: 'zip',
    },
  },
  {
    name: 'bash-xargs-git',
    caps: { exec: ['git'] },
    files: [
      [
        'scripts/clean.sh',
        L('#!/usr/bin/env bash', "find . -name '*.orig' -print0 | xargs -0 git rm --cached --"),
      ],
    ],
    liar: {
      file: [
        'scripts/shred.sh',
        L('#!/usr/bin/env bash', "find . -name '*.orig' -print0 | xargs -0 shred -u"),
      ],
      rule: 'cap-undeclared-exec',
      what: 'shred',
    },
  },
  // ---- environment -----------------------------------------------------------------------------
  {
    name: 'js-env-spellings',
    caps: { env: ['NOTE_DIR', 'NOTE_THEME', 'NOTE_LIMIT', 'NOTE_LOCALE'] },
    files: [
      [
        'scripts/env.js',
        L(
          'const dir = process.env.NOTE_DIR;',
          "const theme = process.env['NOTE_THEME'] ?? 'light';",
          'const { NOTE_LIMIT } = process.env;',
          'const locale = process.env?.NOTE_LOCALE;',
          'console.log(dir, theme, NOTE_LIMIT, locale);',
        ),
      ],
    ],
    liar: {
      file: ['scripts/more.js', L('console.log(process.env.NOTE_SECRET_TOKEN);')],
      rule: 'cap-undeclared-env',
      what: 'NOTE_SECRET_TOKEN',
    },
  },
  {
    name: 'py-env-spellings',
    caps: { env: ['NOTE_DIR', 'NOTE_THEME', 'NOTE_LIMIT', 'NOTE_LOCALE'] },
    files: [
      [
        'scripts/env.py',
        L(
          'import os',
          'from os import getenv',
          'd = os.environ["NOTE_DIR"]',
          't = os.environ.get("NOTE_THEME", "light")',
          'n = int(os.getenv("NOTE_LIMIT", "10"))',
          'l = getenv("NOTE_LOCALE")',
          'print(d, t, n, l)',
        ),
      ],
    ],
    liar: {
      file: ['scripts/more.py', L('import os', 'print(os.environ.get("NOTE_SECRET_TOKEN"))')],
      rule: 'cap-undeclared-env',
      what: 'NOTE_SECRET_TOKEN',
    },
  },
  {
    name: 'bash-env-spellings',
    caps: { env: ['NOTE_DIR', 'NOTE_THEME', 'NOTE_LIMIT', 'NOTE_LOCALE', 'NOTE_REGION'] },
    files: [
      [
        'scripts/env.sh',
        L(
          '#!/usr/bin/env bash',
          'echo "$NOTE_DIR"',
          'echo "${NOTE_THEME}"',
          'echo "${NOTE_LIMIT:-10}"',
          'echo "${NOTE_LOCALE:?set NOTE_LOCALE}"',
          ': "${NOTE_REGION:=eu}"',
          'echo "$NOTE_REGION"',
        ),
      ],
    ],
    liar: {
      file: ['scripts/more.sh', L('#!/usr/bin/env bash', 'echo "${NOTE_SECRET_TOKEN:-none}"')],
      rule: 'cap-undeclared-env',
      what: 'NOTE_SECRET_TOKEN',
    },
  },
  {
    name: 'ts-env-deno-bun',
    caps: { env: ['NOTE_DIR', 'NOTE_THEME'] },
    files: [
      [
        'scripts/env.ts',
        L(
          "const dir: string = Deno.env.get('NOTE_DIR') ?? '.';",
          "const theme: string = process.env.NOTE_THEME ?? 'light';",
          'console.log(dir, theme);',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/more.ts',
        L("const t: string | undefined = Deno.env.get('NOTE_SECRET_TOKEN');", 'console.log(t);'),
      ],
      rule: 'cap-undeclared-env',
      what: 'NOTE_SECRET_TOKEN',
    },
  },
  {
    name: 'mixed-env-sets-vars',
    caps: {},
    files: [
      [
        'scripts/setup.py',
        L(
          'import os',
          'os.environ["PYTHONUNBUFFERED"] = "1"',
          'os.environ["NOTE_MODE"] = "fast"',
          'del os.environ["NOTE_OLD_MODE"]',
          'print("ready")',
        ),
      ],
      [
        'scripts/setup.js',
        L(
          "process.env.NOTE_MODE = 'fast';",
          'delete process.env.NOTE_OLD_MODE;',
          "console.log('ready');",
        ),
      ],
      [
        'scripts/setup.sh',
        L(
          '#!/usr/bin/env bash',
          'OUT_DIR="./out"',
          'export NOTE_MODE=fast',
          'mkdir -p "$OUT_DIR"',
          'echo "$NOTE_MODE" > "$OUT_DIR/mode.txt"',
        ),
      ],
    ],
    liar: {
      file: ['scripts/read.sh', L('#!/usr/bin/env bash', 'echo "$NOTE_PASSWORD" > ./out/p.txt')],
      rule: 'cap-undeclared-env',
      what: 'NOTE_PASSWORD',
    },
  },
  // ---- more spellings ----------------------------------------------------------------------------
  {
    name: 'js-base-url-const',
    caps: { network: ['api.example.com'] },
    files: [
      [
        'scripts/client.js',
        L(
          "const https = require('https');",
          "const BASE = 'https://api.example.com';",
          'const r = await fetch(`${BASE}/v1/items`);',
          "https.get({ hostname: 'api.example.com', port: 443, path: '/v1/ping' }, (res) => res.resume());",
          "const u = new URL('/v1/users', 'https://api.example.com');",
          'console.log(r.status, u.href);',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/raw.js',
        L(
          "const https = require('https');",
          "https.get({ hostname: 'metrics.example.net', port: 443, path: '/v1/ping' }, (res) => res.resume());",
        ),
      ],
      rule: 'cap-undeclared-network',
      what: 'metrics.example.net:443',
    },
  },
  {
    name: 'py-socket-and-client',
    caps: { network: ['db.example.com:5432', 'api.example.com:8443'] },
    files: [
      [
        'scripts/check.py',
        L(
          'import http.client',
          'import socket',
          'socket.create_connection(("db.example.com", 5432), timeout=3).close()',
          'c = http.client.HTTPSConnection("api.example.com", 8443)',
          'c.request("GET", "/health")',
          'print(c.getresponse().status)',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/probe.py',
        L('import socket', 'socket.create_connection(("db.example.com", 6379), timeout=3).close()'),
      ],
      rule: 'cap-undeclared-network',
      what: 'db.example.com:6379',
    },
  },
  {
    name: 'bash-ssh-nc-ports',
    caps: { network: ['build.example.com:2222', 'db.example.com:5432'], exec: ['ssh', 'nc'] },
    files: [
      [
        'scripts/remote.sh',
        L(
          '#!/usr/bin/env bash',
          'ssh -p 2222 deploy@build.example.com uptime',
          'nc -z db.example.com 5432 && echo "db up"',
        ),
      ],
    ],
    liar: {
      file: ['scripts/other.sh', L('#!/usr/bin/env bash', 'ssh deploy@build.example.com uptime')],
      rule: 'cap-undeclared-network',
      what: 'build.example.com:22',
    },
  },
  {
    name: 'js-loopback-spellings',
    caps: { network: ['127.0.0.1:8080', 'localhost:3000'] },
    files: [
      [
        'scripts/local.js',
        L(
          "const a = await fetch('http://localhost:8080/api');",
          "const b = await fetch('http://[::1]:3000/api');",
          'console.log(a.status, b.status);',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/lan.js',
        L("await fetch('http://192.0.2.44:8080/api', { method: 'POST', body: 'x' });"),
      ],
      rule: 'cap-undeclared-network',
      what: '192.0.2.44:8080',
    },
  },
  {
    name: 'py-home-spellings',
    caps: { fs: { read: ['~/.config/notetool/**'], write: ['$HOME/.cache/notetool/**'] } },
    files: [
      [
        'scripts/paths.py',
        L(
          'import os',
          'from pathlib import Path',
          'a = open(os.path.join(os.path.expanduser("~"), ".config", "notetool", "a.toml")).read()',
          'b = Path("~/.config/notetool/b.toml").expanduser().read_text()',
          'c = open(os.path.join(os.environ["HOME"], ".config/notetool/c.toml")).read()',
          'Path.home().joinpath(".cache", "notetool", "out.txt").write_text(a + b + c)',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/npmrc.py',
        L('import os', 'print(open(os.path.join(os.path.expanduser("~"), ".npmrc")).read())'),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.npmrc',
    },
  },
  {
    name: 'bash-config-var',
    caps: { fs: { read: ['~/.config/notetool'] } },
    files: [
      [
        'scripts/show.sh',
        L(
          '#!/usr/bin/env bash',
          'CONFIG="$HOME/.config/notetool"',
          'cat "$CONFIG/settings.toml"',
          'cat "${XDG_CONFIG_HOME:-$HOME/.config}/notetool/theme.toml"',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/gh.sh',
        L('#!/usr/bin/env bash', 'CONF="$HOME/.config/othertool"', 'cat "$CONF/hosts.yml"'),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.config/othertool/hosts.yml',
    },
  },
  {
    name: 'js-home-env-resolve',
    caps: { fs: { read: ['~/.config/notetool/**'] } },
    files: [
      [
        'scripts/load.js',
        L(
          "const fs = require('fs');",
          "const path = require('path');",
          "const p = path.resolve(process.env.HOME, '.config/notetool/config.json');",
          "console.log(fs.readFileSync(p, 'utf8'));",
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/other.js',
        L(
          "const fs = require('fs');",
          "const path = require('path');",
          "console.log(fs.readFileSync(path.resolve(process.env.HOME, '.notetool-secrets.json'), 'utf8'));",
        ),
      ],
      rule: 'cap-undeclared-fs-read',
      what: '~/.notetool-secrets.json',
    },
  },
  {
    name: 'bash-exec-wrappers',
    caps: { exec: ['git'] },
    files: [
      [
        'scripts/gc.sh',
        L(
          '#!/usr/bin/env bash',
          'nice -n 10 git gc --quiet',
          'git -C ./repo status --short',
          'exec git log --oneline -1',
        ),
      ],
    ],
    liar: {
      file: ['scripts/up.sh', L('#!/usr/bin/env bash', 'nice -n 10 rsync -a ./repo/ ./copy/')],
      rule: 'cap-undeclared-exec',
      what: 'rsync',
    },
  },
  {
    name: 'py-check-output-spawn',
    caps: { exec: ['git', 'pip'] },
    files: [
      [
        'scripts/rev.py',
        L(
          'import shutil',
          'import subprocess',
          'if shutil.which("git"):',
          '    print(subprocess.check_output(["git", "rev-parse", "HEAD"], text=True))',
          'subprocess.run(["pip3", "install", "--user", "notetool-helper"], check=True)',
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/gh.py',
        L('import subprocess', 'subprocess.run(["gh", "issue", "list"], check=True)'),
      ],
      rule: 'cap-undeclared-exec',
      what: 'gh',
    },
  },
  {
    name: 'js-spawn-env-passthrough',
    caps: { exec: ['git'], env: ['GIT_TERMINAL_PROMPT'] },
    files: [
      [
        'scripts/pull.js',
        L(
          "const { spawn } = require('child_process');",
          "const child = spawn('git', ['pull', '--ff-only'], {",
          "  stdio: 'inherit',",
          "  env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },",
          '});',
          "child.on('exit', (code) => process.exit(code ?? 1));",
        ),
      ],
    ],
    liar: {
      file: [
        'scripts/push.js',
        L(
          "const { spawn } = require('child_process');",
          "spawn('hg', ['push'], { stdio: 'inherit' });",
        ),
      ],
      rule: 'cap-undeclared-exec',
      what: 'hg',
    },
  },
  {
    name: 'py-env-more-spellings',
    caps: { env: ['NOTE_DIR', 'NOTE_THEME'] },
    files: [
      [
        'scripts/env2.py',
        L(
          'from os import environ',
          'import subprocess',
          'd = environ["NOTE_DIR"]',
          't = environ.get("NOTE_THEME") or "light"',
          'subprocess.run(["python3", "scripts/child.py"], env={**environ, "NOTE_CHILD": "1"}, check=True)',
          'print(d, t)',
        ),
      ],
      ['scripts/child.py', L('print("child")')],
    ],
    liar: {
      file: ['scripts/more.py', L('from os import environ', 'print(environ["NOTE_SESSION"])')],
      rule: 'cap-undeclared-env',
      what: 'NOTE_SESSION',
    },
  },
  {
    name: 'bash-env-expansions',
    caps: { env: ['NOTE_DIR', 'NOTE_NAME'] },
    files: [
      [
        'scripts/expand.sh',
        L(
          '#!/usr/bin/env bash',
          'if [[ -n "${NOTE_DIR+x}" ]]; then echo "dir ${NOTE_DIR%/}"; fi',
          'echo "${NOTE_NAME,,} ${#NOTE_NAME}"',
        ),
      ],
    ],
    liar: {
      file: ['scripts/more.sh', L('#!/usr/bin/env bash', 'echo "${NOTE_SESSION#Bearer }"')],
      rule: 'cap-undeclared-env',
      what: 'NOTE_SESSION',
    },
  },
  {
    name: 'ts-bun-env',
    caps: { env: ['NOTE_DIR'] },
    files: [
      ['scripts/bun.ts', L("const dir: string = Bun.env.NOTE_DIR ?? '.';", 'console.log(dir);')],
    ],
    liar: {
      file: [
        'scripts/more.ts',
        L("const s: string = Bun.env.NOTE_SESSION ?? '';", 'console.log(s);'),
      ],
      rule: 'cap-undeclared-env',
      what: 'NOTE_SESSION',
    },
  },
];
