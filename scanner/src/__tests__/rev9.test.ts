/**
 * False reviews the npm sweep left (156 folders held for review), each beside the look-alike that
 * must stay held. Texts are our own minimal look-alikes.
 *
 * 1. A framework vendor's own scaffolder or tool run by `@latest` (bash-run-moving-package,
 *    manifest/popular.ts): `npx shadcn@latest add button`, `npx create-turbo@latest`, `npx -y
 *    chrome-devtools-mcp@latest`, and packages of the Next.js and TanStack npm organisations
 *    (`npx @next/codemod@latest`, `npx @tanstack/intent@latest install`) are known quantities like
 *    `@modelcontextprotocol/…`. A little-known package named after them (`shadcn-helper`,
 *    `chrome-devtools-mcp-pro`), one a letter off (`shadcm`) or of a look-alike scope
 *    (`@tanstackk/…`, `@nextjs-tools/…`) by `@latest` is still held for review.
 */
import { describe, it } from 'node:test';
import { scanCase, sk } from './skills.js';
import { assertVerdictWith, expectVerdicts } from './verdicts.js';

const F = '```';
const one = (name: string, body: string) => scanCase(name, [sk('rv', body)]);
const fence = (cmd: string) => `Set the project up:\n\n${F}bash\n${cmd}\n${F}\n`;

// ---- 1. a framework vendor's own CLI by @latest -------------------------------------------------

expectVerdicts(
  'rev9 1: a framework vendor’s own scaffolder or tool run by @latest',
  [
    ['shadcn-add', fence('npx shadcn@latest init\nnpx shadcn@latest add button card dialog')],
    ['shadcn-ui-old-name', fence('npx shadcn-ui@latest add table')],
    ['create-turbo', fence('npx create-turbo@latest my-monorepo --package-manager pnpm')],
    ['create-docusaurus', fence('npx create-docusaurus@latest website classic --typescript')],
    ['create-next-app', fence('pnpm dlx create-next-app@latest web --ts --app')],
    [
      'chrome-devtools-mcp',
      'Configure the server via its CLI args: `npx -y chrome-devtools-mcp@latest --help`.',
    ],
    ['next-codemod', fence('npx @next/codemod@latest upgrade latest')],
    ['tanstack-intent', fence('npx @tanstack/intent@latest install')],
  ] as const,
  one,
  'pass',
);

describe('rev9 1: a little-known or look-alike package by @latest is still held', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['shadcn-named-other', fence('npx shadcn-helper@latest add button')],
    ['shadcn-one-off', fence('npx shadcm@latest add button')],
    ['devtools-mcp-pro', 'Start it with `npx -y chrome-devtools-mcp-pro@latest`.'],
    ['tanstack-lookalike-scope', fence('npx @tanstackk/intent@latest install')],
    ['next-lookalike-scope', fence('npx @nextjs-tools/codemod@latest upgrade')],
    ['create-turbo-lookalike', fence('bunx create-turbo-app@latest my-monorepo')],
  ];
  for (const [name, body] of cases)
    it(name, () => assertVerdictWith(one(name, body), 'review', /^bash-run-moving-package$/, name));
});
