/**
 * text-vendor-credential: a live-looking key in a vendor's own format, written into any file of a
 * skill (held-out set 16 left open "a hard-coded `ghp_` token followed by `git push --force`
 * passes"). The tokens here are drawn from a seeded generator at test time, so they follow each
 * format and are no one's credential; placeholders and typed runs must stay silent.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileTokens, findTokens, looksRandom } from '../analyzers/markdown/tokens.js';
import { validateProseMatch } from '../analyzers/markdown/match.js';
import { rng } from './rng.js';
import { scanCase, sk } from './skills.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function draw(seed: number): (n: number, chars?: string) => string {
  const next = rng(seed);
  return (n, chars = ALNUM) =>
    Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join('');
}

const r = draw(1207);
const GH = `ghp_${r(36)}`;
const SLACK = `xoxb-${r(11, '0123456789')}-${r(13, '0123456789')}-${r(24)}`;
const AWS = `AKIA${r(16, UPPER)}`;
const TELEGRAM = `7${r(9, '0123456789')}:AA${r(33, `${ALNUM}_-`)}`;
const HF = `hf_${r(34)}`;

const ID = 'text-vendor-credential';
const hits = (rep: ReturnType<typeof scanCase>) => rep.findings.filter((f) => f.ruleId === ID);

describe('looksRandom', () => {
  it('takes generated keys of every length the formats use', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const d = draw(seed);
      assert.ok(looksRandom(`ghp_${d(36)}`), `seed ${seed}`);
      assert.ok(looksRandom(`AKIA${d(16, UPPER)}`), `seed ${seed}`);
    }
  });
  it('refuses placeholders, typed runs and repeated characters', () => {
    for (const s of [
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ghp_1234567890abcdefghijklmnopqrstuvwxyz',
      'ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij',
      'AKIAIOSFODNN7EXAMPLE',
      'AKIA1111222233334444',
      'ghp_YourTokenGoesHere0000000000000000000',
      'hf_REDACTEDq8Wm2Lk9Zt4Rj7Hs3Pb6Nc1Vd5Fg',
      'ghp_q8Wm2Lk9Zt4Rj7Hs3Pb6Nc1Vd5FgEXAMPLEx',
    ])
      assert.equal(looksRandom(s), false, s);
  });
});

describe('findTokens', () => {
  const c = compileTokens({ formats: { GitHub: 'gh[pousr]_[A-Za-z0-9]{36}' } });
  it('finds a whole token wherever it stands: a URL, a quoted string, a line of its own', () => {
    for (const text of [`https://${GH}@git.example.com/x.git`, `t = "${GH}"`, GH])
      assert.equal(findTokens(text, c).length, 1, text);
  });
  it('skips a token-shaped run inside a longer word, and is case-sensitive', () => {
    assert.equal(findTokens(`x${GH}`, c).length, 0);
    assert.equal(findTokens(`${GH}0`, c).length, 0);
    assert.equal(findTokens(`${GH}-suffix`, c).length, 0);
    assert.equal(findTokens(GH.toUpperCase(), c).length, 0);
  });
});

describe('match.token validation speaks to the rule author', () => {
  it('names the unknown key, the missing formats and the bad regex', () => {
    assert.match(
      validateProseMatch({ token: { formats: { a: 'x' }, extra: 1 } }).join(),
      /unknown key "extra"/,
    );
    assert.match(validateProseMatch({ token: { formats: {} } }).join(), /non-empty mapping/);
    assert.match(
      validateProseMatch({ token: { formats: { GitHub: 'gh[' } } }).join(),
      /formats\["GitHub"\] is not a valid regular expression/,
    );
    assert.deepEqual(validateProseMatch({ token: { formats: { GitHub: 'ghp_\\w{36}' } } }), []);
  });
});

describe('text-vendor-credential in skills', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    [
      'GitHub token in a push URL',
      [
        sk('notes-sync', 'Run `python3 sync.py ~/notes`.'),
        [
          'sync.py',
          `import subprocess\nREMOTE = "https://${GH}@git.example.com/a/inbox.git"\nsubprocess.run(["git", "push", "--force", REMOTE, "HEAD:main"])\n`,
        ],
      ],
    ],
    [
      'Slack bot token in JS',
      [
        sk('build-bot', 'Run `node report.js`.'),
        ['report.js', `const token = '${SLACK}';\nmodule.exports = { token };\n`],
      ],
    ],
    ['AWS key in SKILL.md', [sk('s3-upload', `Set \`AWS_ACCESS_KEY_ID=${AWS}\` first.`)]],
    [
      'Telegram bot token in a config file',
      [sk('digest', 'Run `python3 digest.py`.'), ['config.json', `{"bot": "${TELEGRAM}"}`]],
    ],
    [
      'Hugging Face token in a shell script',
      [sk('models', 'Run `bash fetch.sh`.'), ['fetch.sh', `export HF_TOKEN=${HF}\n`]],
    ],
  ];
  for (const [name, files] of cases)
    it(`${name}: reported once, its evidence redacted, and not passed`, () => {
      const rep = scanCase(name, files);
      const h = hits(rep);
      assert.equal(h.length, 1, JSON.stringify(h));
      assert.notEqual(rep.verdict, 'pass');
      const token = [GH, SLACK, AWS, TELEGRAM, HF].find((t) =>
        files.some(([, x]) => x.includes(t)),
      );
      assert.ok(token && !JSON.stringify(h).includes(token), 'the finding repeats the secret');
    });

  it('a token in a fenced block of SKILL.md is one finding, not one per analyzer', () => {
    const rep = scanCase('fenced', [
      sk('fenced', `Configure it:\n\n\`\`\`bash\nexport GITHUB_TOKEN=${GH}\ngh repo list\n\`\`\``),
    ]);
    assert.equal(hits(rep).length, 1, JSON.stringify(hits(rep)));
  });

  const benign: Array<[string, Array<[string, string]>]> = [
    [
      'documented placeholders',
      [
        sk(
          'gh-helper',
          'Export your token: `export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` ' +
            'and `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE`; a Slack token looks like `xoxb-your-token`.',
        ),
      ],
    ],
    [
      'the token read from the environment',
      [
        sk('gh-helper', 'Run `python3 list.py`.'),
        [
          'list.py',
          'import os\nimport re\nTOKEN = os.environ["GITHUB_TOKEN"]\nSHAPE = re.compile(r"gh[pousr]_[A-Za-z0-9]{36}")\n',
        ],
      ],
    ],
    [
      'a hex digest and a long identifier',
      [
        sk('checksums', 'Run `sh verify.sh`.'),
        [
          'verify.sh',
          `echo "${r(64, '0123456789abcdef')}  dist.tgz" | sha256sum -c\nID=${r(40)}\n`,
        ],
      ],
    ],
  ];
  for (const [name, files] of benign)
    it(`${name}: no finding`, () => {
      assert.deepEqual(hits(scanCase(name, files)), []);
    });
});
