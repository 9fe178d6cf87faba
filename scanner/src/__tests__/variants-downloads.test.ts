/**
 * Downloaded data saved to a file and loaded back by something that builds objects from it.
 * Python: a file the code saves a response to (`open(P, 'wb').write(r.content)`, `f.write(chunk)`
 * for the chunks of a streamed response in `with open(P, 'wb') as f`) or has `curl -o P` /
 * `wget -O P` save (subprocess argv or a shell string), then unpickles (pickle.load of it opened,
 * joblib.load / pandas.read_pickle of its path), opens as a shelve database or yaml.loads with no
 * Loader: py-load-downloaded / py-yaml-load-downloaded, fail. Counterparts: the download read as
 * JSON or with yaml.safe_load, a pickle of the skill's own cache next to it, wget's `-o` log.
 * Reserved hosts only.
 */
import { scanScript } from './skills.js';
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
];

expectVerdicts('downloads: a saved download loaded back unsafely', loaders, py, 'fail');

const benign: Case[] = [
  [
    'downloaded JSON beside an own-cache pickle',
    'import json, pickle, requests\nopen("/tmp/d.json", "wb").write(requests.get("https://data.example/d.json").content)\nd = json.load(open("/tmp/d.json"))\ncache = pickle.load(open("/tmp/own-cache.pkl", "rb"))\n',
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
