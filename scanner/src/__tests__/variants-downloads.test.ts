/**
 * Downloaded data saved to a file and loaded back by something that builds objects from it.
 * Python: a file the code saves a response to (`open(P, 'wb').write(r.content)`, `f.write(chunk)`
 * for the chunks of a streamed response in `with open(P, 'wb') as f`) or has `curl -o P` /
 * `wget -O P` save (subprocess argv or a shell string), then unpickles (pickle.load of it opened,
 * joblib.load / pandas.read_pickle of its path), opens as a shelve database or yaml.loads with no
 * Loader or an object-building one: py-load-downloaded / py-yaml-load-downloaded, fail. Counterparts: the download read as
 * JSON or with yaml.safe_load, a pickle of the skill's own cache next to it, wget's `-o` log.
 * JavaScript: js-yaml's `load` of a downloaded document builds functions from `!!js/function` in
 * js-yaml 3 (its default is the full schema) and not in 4 (no full schema at all), so the verdict
 * follows the js-yaml range the nearest package.json declares: `load` with no schema fails under
 * a range below 4 (js-yaml3-load-remote) and an explicit DEFAULT_FULL_SCHEMA, which is undefined
 * in 4, no longer fails under a range of 4 and up (js-yaml-load-remote); with no package.json
 * the current major is assumed. Reserved hosts only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declaredRange } from '../analyzers/code/declared.js';
import { scanFiles } from '../index.js';
import { file, plainSkillMd, scanScript } from './skills.js';
import { expectVerdicts } from './verdicts.js';

type Case = [string, string];
const py = (_: string, code: string) => scanScript('run.py', code);

const loaders: Case[] = [
  [
    'response content written out, then pickle.load',
    'import pickle, requests\nr = requests.get("https://models.example/m.pkl")\nopen("/tmp/m.pkl", "wb").write(r.content)\nmodel = pickle.load(open("/tmp/m.pkl", "rb"))\n',
  ],
  [
    'written in a with block, loaded in another',
    'import pickle, requests\nP = "/tmp/m.pkl"\nwith open(P, "wb") as f:\n    f.write(requests.get("https://models.example/m.pkl").content)\nwith open(P, "rb") as f:\n    model = pickle.load(f)\n',
  ],
  [
    'chunks of a streamed response',
    'import pickle, requests\nr = requests.get("https://models.example/m.pkl", stream=True)\nwith open("/tmp/m.pkl", mode="wb") as f:\n    for chunk in r.iter_content(8192):\n        f.write(chunk)\nmodel = pickle.load(open("/tmp/m.pkl", "rb"))\n',
  ],
  [
    'curl -o in an argv list',
    'import pickle, subprocess\nsubprocess.run(["curl", "-sL", "-o", "/tmp/m.pkl", "https://models.example/m.pkl"], check=True)\nmodel = pickle.load(open("/tmp/m.pkl", "rb"))\n',
  ],
  [
    'wget -O in a shell string',
    'import os, pickle\nos.system("wget -q -O /tmp/m.pkl https://models.example/m.pkl")\nwith open("/tmp/m.pkl", "rb") as f:\n    model = pickle.load(f)\n',
  ],
  [
    'curl --output= and joblib.load of the path',
    'import joblib, subprocess\nsubprocess.check_call(["curl", "--output=/tmp/clf.joblib", "https://models.example/clf"])\nclf = joblib.load("/tmp/clf.joblib")\n',
  ],
  [
    'a downloaded shelve database',
    'import shelve, urllib.request\nurllib.request.urlretrieve("https://models.example/db", "/tmp/cache.db")\ndb = shelve.open("/tmp/cache.db")\nprint(db["k"])\n',
  ],
  [
    'a downloaded shelve database saved by curl',
    'import shelve, subprocess\nsubprocess.run("curl -s https://models.example/db -o /tmp/state", shell=True)\nwith shelve.open("/tmp/state") as db:\n    print(db["k"])\n',
  ],
  [
    'a written-out YAML document and yaml.load with no Loader',
    'import yaml, requests\nopen("/tmp/c.yml", "wb").write(requests.get("https://cfg.example/c.yml").content)\ncfg = yaml.load(open("/tmp/c.yml"))\n',
  ],
  [
    'curl -o through subprocess and an object-building Loader',
    'import yaml, subprocess\nsubprocess.run(["curl", "-o", "/tmp/c.yml", "https://cfg.example/c.yml"])\ncfg = yaml.load(open("/tmp/c.yml"), Loader=yaml.Loader)\n',
  ],
];

expectVerdicts('downloads: a saved download loaded back unsafely', loaders, py, 'fail');

const benign: Case[] = [
  [
    'downloaded JSON beside an own-cache pickle',
    'import json, pickle, requests\nopen("/tmp/d.json", "wb").write(requests.get("https://data.example/d.json").content)\nd = json.load(open("/tmp/d.json"))\ncache = pickle.load(open("/tmp/own-cache.pkl", "rb"))\n',
  ],
  [
    'curl -o then the safe Loader',
    'import yaml, subprocess\nsubprocess.run(["curl", "-o", "/tmp/c.yml", "https://cfg.example/c.yml"])\ncfg = yaml.load(open("/tmp/c.yml"), Loader=yaml.SafeLoader)\n',
  ],
  [
    'curl -o then yaml.safe_load',
    'import yaml, subprocess\nsubprocess.run(["curl", "-o", "/tmp/c.yml", "https://cfg.example/c.yml"])\ncfg = yaml.safe_load(open("/tmp/c.yml"))\n',
  ],
  [
    "wget's -o is its log, not the download",
    'import pickle, subprocess\nsubprocess.run(["wget", "-o", "/tmp/log.txt", "-O", "/tmp/d.json", "https://data.example/d.json"])\nprint(open("/tmp/log.txt").read())\ncache = pickle.load(open("/tmp/log.txt", "rb"))\n',
  ],
  [
    'a response read only, a local file pickled',
    'import pickle, requests\nr = requests.get("https://data.example/d.json")\nopen("/tmp/out.txt", "w").write("done")\nstate = pickle.load(open("/tmp/out.txt", "rb"))\nprint(r.json())\n',
  ],
];

expectVerdicts('downloads: downloads read as data', benign, py, { not: 'fail' });

type JsCase = [string, string, string | undefined, string];
const js = (_: string, code: string, range: string | undefined, where: string) =>
  scanFiles([
    plainSkillMd,
    file('scripts/sync.mjs', code),
    ...(range === undefined
      ? []
      : [file(where, JSON.stringify({ name: 'v', dependencies: { 'js-yaml': range } }))]),
  ]);
const fetched =
  "import yaml from 'js-yaml';\nconst text = await (await fetch('https://cfg.example/p.yaml')).text();\n";
const plainLoad = `${fetched}console.log(yaml.load(text));\n`;
const fullLoad = `${fetched}console.log(yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA }));\n`;
const requireLoad =
  "import * as jsyaml from 'js-yaml';\nfetch('https://cfg.example/p.yaml').then((r) => r.text()).then((t) => jsyaml.loadAll(t, (d) => console.log(d)));\n";

expectVerdicts(
  'js-yaml: load of a downloaded document under the declared major',
  [
    ['3.x load, no schema', plainLoad, '^3.14.1', 'package.json'],
    ['3.x range written as 3.x', plainLoad, '3.x', 'package.json'],
    ['3.x declared beside the script', plainLoad, '~3.13.1', 'scripts/package.json'],
    ['3.x loadAll through a namespace import', requireLoad, '>=3.0.0 <4.0.0', 'package.json'],
    ['full schema, no package.json', fullLoad, undefined, 'package.json'],
    ['full schema under 3', fullLoad, '^3.14.1', 'package.json'],
  ] as JsCase[],
  js,
  'fail',
);

expectVerdicts(
  'js-yaml: safe by version or by schema',
  [
    ['4.x load', plainLoad, '^4.1.0', 'package.json'],
    ['no package.json: the current major', plainLoad, undefined, 'package.json'],
    ['a range that admits 4', plainLoad, '>=3.0.0', 'package.json'],
    ['a range that is no semver', plainLoad, 'latest', 'package.json'],
    ['full schema under 4 (undefined there)', fullLoad, '^4.1.0', 'package.json'],
    ['3.x safeLoad', `${fetched}console.log(yaml.safeLoad(text));\n`, '^3.14.1', 'package.json'],
    [
      '3.x load of a literal',
      "import yaml from 'js-yaml';\nconsole.log(yaml.load('a: 1'));\nawait fetch('https://cfg.example/ping');\n",
      '^3.14.1',
      'package.json',
    ],
  ] as JsCase[],
  js,
  { not: 'fail' },
);

describe('declaredRange: the nearest package.json above the file', () => {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ devDependencies: { 'js-yaml': '^4.1.0' } }),
    'tools/package.json': JSON.stringify({ dependencies: { 'js-yaml': '^3.14.1' } }),
    'other/package.json': '{ not json',
  };
  const sibling = (p: string) => files[p];
  it('the closest one wins, whichever dependency field names it', () => {
    assert.equal(declaredRange('tools/bin/run.js', 'js-yaml', sibling), '^3.14.1');
    assert.equal(declaredRange('scripts/run.js', 'js-yaml', sibling), '^4.1.0');
    assert.equal(declaredRange('run.js', 'js-yaml', sibling), '^4.1.0');
  });
  it('a closer package.json that does not name it, or does not parse, ends the search', () => {
    assert.equal(declaredRange('other/run.js', 'js-yaml', sibling), undefined);
    assert.equal(declaredRange('tools/run.js', 'yaml', sibling), undefined);
  });
});
