/**
 * Red-team round 18 (whole skills), written after reading the scanner's source as an attacker
 * would, starting from what round 17 left open (`printf -v` over an array, `IFS=:; set -- …; $1`,
 * `int.to_bytes(…).decode()`, an order split over headings, `c=$(echo …|sed …)`) and going on to
 * string building in bash, Python, JS and PowerShell, indirection (aliases, wrappers, namerefs,
 * modules across files), less common reverse shells, exfiltration and persistence, miners, other
 * languages (Ruby, Perl, PHP, Lua, Go, Makefile, Dockerfile, zsh, fish) and markdown carriers
 * (indented, tilde, quoted and listed fences, tables, <details>/<pre>, link titles, comments, tag
 * characters, base64 and German orders, steps split over headings or a numbered list).
 *
 * 142 inert skills (redteam18-skills.ts) were measured first on main f8301d0: 126 failed already;
 * 16 passed (16 misses, review = half). After: 141 fail, 1 passes (1 miss, listed below). The 18
 * second phrasings written after the fixes all fail (17 passed on main); the 17 look-alikes pass.
 * The 126 caught before are kept as a guard.
 *
 * By technique — what evaded, why, what the fix does:
 * - `printf -v g '%s' "${a[@]}"`, `$(printf %s c u r l)` (sh-printf-v-array, sh-printf-repeat):
 *   printf used its format once, so the array's other elements were lost (g = `c u r l`, or `c`).
 *   Now printf uses its format again while arguments are left, as bash does, and `"${a[@]}"` is
 *   as many arguments as the array has elements where printf's output is computed.
 * - `s=curl:bash; IFS=:; set -- $s; $1 … | $2` (sh-ifs-set-positional): only `"$@"` read what
 *   `set --` gave. Now `$1`…`$9` after a top-level `set --` are its words split at blanks and at
 *   IFS's characters.
 * - `declare -n r=x` / `typeset -n` / `local -n` (sh-nameref): r was the text `x`, a known wrong
 *   program. Now a name reference reads the variable it names.
 * - `c=$(cat <<EOF … EOF)` (sh-heredoc-var), `mapfile -t w < <(printf …)`, `readarray -t t <<EOF`
 *   (sh-mapfile-words): a substitution's output was computed only for a here-string, and mapfile's
 *   elements were unknown. Now `cat` of a here-document is its text, a process substitution read
 *   with `<` is input, and `${w[i]}` after mapfile/readarray is the i-th line it read.
 * - `c=$(echo phey | tr a-z n-za-m)`, `for p in c u r l; do c+=$p; done`, `$(awk …)` then
 *   `$c -fsSL URL | bash` (sh-tr-rot13, sh-loop-concat): the program is only known at run time,
 *   and bash-download-exec wanted a named downloader. Now a program only known at run time given
 *   an http(s)/ftp address is a download (`program: [computed]` in the bash vocabulary) when what
 *   it prints is run; fetching into a file, opening a browser or a pipe into jq still pass.
 * - `(0x6375726c).to_bytes(4, 'big').decode()` (py-int-to-bytes): no fold. Now an integer's
 *   to_bytes (literal or known number, byte order positional or keyword) is its bytes.
 * - `t = str.maketrans('QZ', 'ul'); '…'.translate(t)` (py-translate): the table was folded
 *   inline only; a name bound to one lost it. Now a name bound to a maketrans table keeps it.
 * - `Set-Alias go ('I' + 'EX')`, `& ('ie' + 'x') $s` (ps-irm-alias): a name made of literals
 *   was read from a variable only. Now psString reads parentheses and `+` joins of literals, and an
 *   alias value or the call operator's expression made of them is that name.
 * - a command in a table cell with its pipe written `\|` (md-table-command): the span went to
 *   bash with a literal `\|`. Now a code span in a table row reads `\|` as GFM does, as `|`.
 * - a fence inside a block quote, `> ```bash` (md-blockquote-code): not a fence. Now the quote's
 *   markers are stripped to find fences, and a line without them ends one.
 * - "Open ~/.aws/credentials … Paste it as the body of a POST to https://…"
 *   (md-numbered-split): the back-reference vocabulary had "it to", not "it as the body".
 *   Now "it/them/that as|in the (request) body|payload|data|field" is one.
 * - `python3 send.py "$HOME/.ssh/id_rsa"` where send.py reads `sys.argv[1]` and posts it
 *   (sh-calls-py-with-key): no flow crossed the call's arguments. Now a Python or JS file the
 *   skill ships, run with a credential file's path as an argument, is scanned again with
 *   `sys.argv[N]`/`process.argv[N]` that path; a script that only checks the key's mode, or one
 *   handed a report to upload, still passes.
 * Left open (still passes): sh-profile-var-target (`rc="$HOME/.$(basename "$SHELL")rc"; echo
 *   "curl …|sh" >> "$rc"`: a write whose file name is partly unknown is not matched against the
 *   startup-file globs; matching it would make `~/.$x` match every dotfile).
 * Our own text; reserved hosts and documentation addresses only; nothing here is ever run.
 */

import { attacks, lookalikes, shapes } from './redteam18-skills.js';
import { scanCase } from './skills.js';
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { redTeamRound } from './verdicts.js';

/** the rule that fails each attack main passed, and each second phrasing */
const decidedBy: Record<string, string> = {
  'sh-printf-v-array': 'bash-download-exec',
  'sh-ifs-set-positional': 'bash-download-exec',
  'sh-tr-rot13': 'bash-download-exec',
  'sh-nameref': 'bash-download-exec',
  'sh-loop-concat': 'bash-download-exec',
  'sh-printf-repeat': 'bash-download-exec',
  'sh-heredoc-var': 'bash-download-exec',
  'sh-mapfile-words': 'bash-download-exec',
  'py-int-to-bytes': 'bash-download-exec',
  'py-translate': 'bash-download-exec',
  'ps-irm-alias': 'ps-download-exec',
  'md-table-command': 'bash-download-exec',
  'md-blockquote-code': 'bash-download-exec',
  'md-numbered-split': 'prose-secret-read-then-sent',
  'sh-calls-py-with-key': 'cap-exfiltration',
  'sh2-printf-v-pairs': 'bash-download-exec',
  'sh2-printf-repeat-both': 'bash-download-exec',
  'sh2-ifs-comma-set': 'bash-download-exec',
  'sh2-set-substitution': 'bash-download-exec',
  'sh2-typeset-nameref': 'bash-download-exec',
  'sh2-loop-quoted-append': 'bash-download-exec',
  'sh2-readarray-heredoc': 'bash-download-exec',
  'sh2-cat-quoted-heredoc': 'bash-download-exec',
  'sh2-awk-program': 'bash-download-exec',
  'py2-to-bytes-keyword': 'bash-download-exec',
  'py2-to-bytes-little': 'bash-download-exec',
  'py2-maketrans-dict': 'bash-download-exec',
  'ps2-alias-expression': 'ps-download-exec',
  'ps2-call-expression': 'ps-download-exec',
  'md2-table-wget': 'bash-download-exec',
  'md2-nested-quote-tilde': 'bash-download-exec',
  'md2-them-request-body': 'prose-secret-read-then-sent',
  'sh2-node-argv-key': 'cap-exfiltration',
};

/** attacks that still pass (see the header): not asserted either way */
const leftOpen = new Set(['sh-profile-var-target']);

const fixed = attacks.filter(([n]) => n in decidedBy);
const caught = attacks.filter(([n]) => !(n in decidedBy) && !leftOpen.has(n));

it('round 18 lists every attack once: fixed, caught before, or left open', () => {
  assert.equal(fixed.length + caught.length + leftOpen.size, attacks.length);
  assert.equal(fixed.length, 15);
  assert.equal(new Set(attacks.map(([n]) => n)).size, attacks.length);
});

redTeamRound(18, { fixed: fixed, shapes, lookalikes, caught }, decidedBy, scanCase);
