/**
 * Inputs the fuzzer found that break a property, kept as plain tests so they stay fixed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

/**
 * Found by fuzz SKILL.md/parseSkillMd (seed 1, case 36): a frontmatter of deeply nested YAML flow
 * collections makes the yaml parser recurse until the stack overflows. yaml turns the RangeError
 * into a YAMLParseError, but when the overflow lands while V8 compiles a regular expression the
 * process aborts ("FATAL ERROR: RegExpCompiler Allocation failed"), which in the registry means one
 * upload can kill the server. Which call aborts depends on how deep the caller's stack already is,
 * so the child tries the same input at 400 stack depths; every call must end in a FormatError.
 */
const NESTED: Record<string, string> = {
  'flow collections': 'x: ' + '['.repeat(3000) + ']'.repeat(3000),
  // compact block sequences nest on one line, without brackets or indentation
  'compact block sequences': '- '.repeat(3000) + 'x',
};

for (const [shape, yaml] of Object.entries(NESTED)) {
  test(`parseSkillMd survives deeply nested frontmatter (${shape}) at any caller stack depth`, () => {
    const script = `
      import { parseSkillMd } from '@skillgate/format';
      const text = '---\\n' + ${JSON.stringify(yaml)} + '\\n---\\nbody\\n';
      let formatErrors = 0;
      function at(depth) {
        if (depth > 0) return at(depth - 1) + 1;
        try { parseSkillMd(text); } catch (e) { if (e.name === 'FormatError') formatErrors++; else throw e; }
        return 0;
      }
      for (let d = 0; d < 400; d++) at(d);
      console.log(formatErrors);
    `;
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('../..', import.meta.url),
      encoding: 'utf8',
      timeout: 120_000,
    });
    const fatal = res.stderr.split('\n').find((l) => /FATAL|Error/.test(l));
    assert.equal(res.signal, null, `the process died with ${res.signal}: ${fatal ?? ''}`);
    assert.equal(res.status, 0, res.stderr.slice(0, 500));
    assert.equal(res.stdout.trim(), '400');
  });
}

/**
 * Found by fuzz archive/readTarball (seed 20261123, 15 of 100,000 cases): the drive-letter check
 * runs on the raw name, before `.` segments are dropped, so `./C:/x` passes and comes back as
 * `C:/x`, an absolute path on Windows, while `C:/x` itself is refused.
 */
test('readTarball refuses a drive-letter path hidden behind ./', async () => {
  const { readTarball, FormatError } = await import('@skillgate/format');
  const { tarBytes } = await import('../fuzz/tar-gen.js');
  const { gzipSync } = await import('node:zlib');
  const enc = new TextEncoder();
  for (const name of ['./C:/x', './c:', '././D:/evil.sh']) {
    const tgz = gzipSync(
      tarBytes({
        entries: [
          {
            name: enc.encode(name),
            typeflag: 0x30,
            size: { kind: 'body' },
            body: enc.encode('hi'),
            mode: 0o644,
            linkname: new Uint8Array(0),
            prefix: new Uint8Array(0),
            checksum: 'right',
            magic: 'ustar',
          },
        ],
        end: 'two-blocks',
      }),
    );
    await assert.rejects(
      readTarball(tgz),
      (e: unknown) => e instanceof FormatError && e.code === 'UNPACK_ABSOLUTE_PATH',
      `${name} was not refused as an absolute path`,
    );
  }
});
