/**
 * YAML parsing with a build-time head start. Parsing the ~280 rule files with `yaml` is most of
 * what loading the rules costs (about half a second, paid by every `skillgate scan` and every test
 * process), where JSON.parse of the same documents takes a few milliseconds. The build
 * (`npm run build -w @skillgate/rules`, bundle.ts) writes dist/parsed-yaml.json: for each rule
 * and set file, the SHA-256 of its text and its document as JSON. A text whose hash is there is
 * read from that JSON; any other text (a rule edited since the build, a rule folder of one's own)
 * is parsed from YAML as before, so the result never depends on the bundle being fresh.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** dist/parsed-yaml.json, beside this module once built */
export const PARSED_BUNDLE = fileURLToPath(new URL('./parsed-yaml.json', import.meta.url));

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

let bundle: Map<string, string> | undefined;

function loadBundle(): Map<string, string> {
  try {
    const data = JSON.parse(readFileSync(PARSED_BUNDLE, 'utf8')) as Record<string, string>;
    return new Map(Object.entries(data));
  } catch {
    // not built yet, or unreadable: every text is parsed from YAML
    return new Map();
  }
}

/** `text` parsed as YAML: from the build's bundle when it holds this exact text, else by `yaml` */
export function parseYamlText(text: string): unknown {
  bundle ??= loadBundle();
  const json = bundle.get(digest(text));
  // a fresh object each time: callers may change what they are given
  return json === undefined ? parseYaml(text) : JSON.parse(json);
}

/**
 * The bundle entries for these texts: only documents that JSON carries unchanged (YAML can write
 * values JSON cannot, such as `.inf`); a text that is not valid YAML is left out, so loading it
 * still reports the YAML error.
 */
export function bundleEntries(texts: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) {
    let doc: unknown;
    try {
      doc = parseYaml(text);
    } catch {
      continue;
    }
    const json = JSON.stringify(doc);
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), doc)) out[digest(text)] = json;
  }
  return out;
}
