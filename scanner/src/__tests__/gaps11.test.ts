/**
 * Gaps11: known gaps of the static analysis (issue #3), each closed as a technique, with
 * look-alikes that keep their verdict. The cases are in src/__fixtures__/gaps11/cases.json (one
 * skill each, `group:name`); reserved hosts only, except the issuer hosts cap-key-in-content is
 * about (api.github.com, api.tavily.com, as in its rule fixtures). Nothing here is ever run.
 * Verdicts on main a01b2db before the change are noted per gap.
 *
 * (1) A key sent as content. A request body that is one run-time value built elsewhere (JS
 * `new URLSearchParams(fields)`, `JSON.stringify(payload)` of an object with an argv field,
 * Python `json.dumps(dict(title=…, body=token))`, `json=fields` of `dict(…)`) hid where the key
 * stood: cap-key-in-content missed it. A serialised text now keeps the object it was made of
 * (value.ts Value `built`, serializedFrom/encodedFrom), and keysInContent judges that object's
 * fields; `dict(k=v)` folds to its object. In bash a value keeps its shape (values.ts Val.shaped:
 * each environment variable named where it stands, through the script's variables, `+=` and
 * `$(printf FORMAT …)`), so `BODY="{…\"body\": \"$GITHUB_TOKEN\"}"; curl -d "$BODY"`, a form
 * `FORM="token=$K&text=$K"`, and a key beside a dummy `"token": "$1"` are content
 * (bash/index.ts keyAsContent). Main: 11 of these pass -> fail; Tavily's `api_key` field and
 * Slack's `token=` in the same shapes stay pass.
 *
 * (2) Dispatch tables. `SENDERS = {"post": requests.post}; SENDERS["post"](url, data=key)`,
 * `dict(up=rq.put)` with `.get("up")`, an entry set later (`T["k"] = urllib.request.urlopen`),
 * `getattr(MODS["net"], "post")`, and JS `{ post: axios.post }` / `new Map()` + `set('post',
 * axios.post)` were no senders. A name assigned once a dict/object/Map literal keyed by text now
 * resolves `T["k"]`, `T.k`, `T.get("k")` to what the entry names (python/walk.ts and
 * javascript/walk.ts tables). Main: 6 pass -> fail; the same tables sending a project file, or
 * only printing a config, stay pass. (Lambda/arrow entries failed already.)
 *
 * (3) A function or generator given the sensitive path. `function* readAll(p) { yield
 * fs.readFileSync(p) }` called with `~/.aws/credentials` (for-of, for-await, `.next().value`,
 * spread, a local `const text = …; yield text`, and a plain function's return) was only
 * cap-secret-send-untraced. returnsSource now folds a local function's returns and a generator's
 * yields with its parameters bound to the call's arguments (javascript/fold.ts bound). Main: 6
 * review -> fail; the same generator over a skill file, over ~/.aws/config only printed, or
 * yielding existsSync, stays pass.
 *
 * (4) A clone run. `git clone URL /tmp/y && source /tmp/y/lib.sh` failed already; `cd /tmp &&
 * git clone URL; . /tmp/y/lib.sh` passed (a cd was followed only to home). A cd to an absolute
 * folder is now followed. A clone checked out at a full commit hash written in the script
 * (`git -C D checkout <40 hex>`) is pinned like a download checked against a digest
 * (pinned.ts, bash-download-pinned: review), where a branch, a tag or a short hash stays
 * bash-download-exec. A clone only read (grep -f of a word list) passes, pinned or not.
 */
import { readFileSync } from 'node:fs';
import { scanCase } from './skills.js';
import { expectVerdicts } from './verdicts.js';
import type { Verdict } from '../types.js';

const cases = JSON.parse(
  readFileSync(new URL('../../src/__fixtures__/gaps11/cases.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, string>>;

/** pinned downloads and pinned clones that are run: a human confirms (review) */
const REVIEW = new Set(['g4b:p4-curl-pinned-run', 'g4b:p4-clone-pinned-source']);

/** look-alikes (`b…`) pass; pinned runs are review; every attack fails */
const want = (name: string): Verdict => {
  if (REVIEW.has(name)) return 'review';
  return /^[\w]+:b/.test(name) ? 'pass' : 'fail';
};

expectVerdicts(
  'gaps11: keys as content, dispatch tables, functions given the path, clones run',
  Object.entries(cases).map(([name, files]): [string, Array<[string, string]>] => [
    name,
    Object.entries(files),
  ]),
  (name, files) => scanCase(name, files),
  want,
);
