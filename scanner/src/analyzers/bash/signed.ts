/**
 * Signature checks whose trust anchor is part of the skill: the files they vouch for.
 * - `gpg --verify sig file` / `gpgv sig file`, when every key the script put in the keyring came
 *   from a key file shipped in the skill or from a keyserver by full fingerprint (and at least one
 *   did), or the check names a shipped keyring (`--keyring`). A key downloaded, fetched by short
 *   id or retrieved automatically is no anchor.
 * - `cosign verify-blob`, with `--key` a shipped file, or keyless with a literal
 *   `--certificate-identity` and `--certificate-oidc-issuer` (no `-regexp` variants).
 * - `minisign -V -m file` with `-P <literal public key>` or `-p <shipped file>`; `signify -V -m
 *   file -p <shipped file>`.
 * The signature itself may come from anywhere: only the key decides.
 */
import type { CmdFact, Facts } from './facts.js';
import type { Shipped } from './shipped.js';
import { UNKNOWN, normPath, type Val } from './values.js';

/** a full OpenPGP fingerprint (v4: 40 hex, v5/v6: 64 hex) */
const FINGERPRINT = /^(?:0x)?(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** a minisign public key as printed by `minisign -G` */
const MINISIGN_KEY = /^RW[A-Za-z0-9+/]{54}$/;

/** gpg options that take a value */
const GPG_VALUE = new Set([
  '--keyring',
  '--homedir',
  '--keyserver',
  '--keyserver-options',
  '--trust-model',
  '--status-fd',
  '--status-file',
  '--logger-fd',
  '--logger-file',
  '--output',
  '-o',
  '--default-key',
  '--trusted-key',
  '--local-user',
  '-u',
  '--weak-digest',
  '--compliance',
  '--assert-signer',
  '--options',
  '--recipient',
  '-r',
]);

/** cosign verify-blob options that take a value */
const COSIGN_VALUE = new Set([
  '--key',
  '--signature',
  '--bundle',
  '--certificate',
  '--cert',
  '--certificate-chain',
  '--certificate-identity',
  '--certificate-identity-regexp',
  '--certificate-oidc-issuer',
  '--certificate-oidc-issuer-regexp',
  '--certificate-github-workflow-repository',
  '--certificate-github-workflow-ref',
  '--certificate-github-workflow-sha',
  '--certificate-github-workflow-name',
  '--certificate-github-workflow-trigger',
  '--rekor-url',
  '--ca-roots',
  '--ca-intermediates',
  '--trusted-root',
  '--sct',
  '--rfc3161-timestamp',
  '--timestamp-certificate-chain',
  '--sk',
  '--slot',
  '--timeout',
  '--output',
  '-o',
]);

interface Arg {
  /** the option (`--key`), undefined for an operand */
  opt?: string;
  v?: Val;
}

/** long options (`--key v`, `--key=v`) and operands, with the options that take values */
function longArgs(args: readonly Val[], takes: ReadonlySet<string>): Arg[] {
  const out: Arg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Val;
    const m = /^(--?[\w-]+)=([\s\S]*)$/.exec(a.s);
    if (m && (m[1] as string).startsWith('--')) {
      out.push({ opt: m[1] as string, v: { ...a, s: m[2] as string } });
    } else if (a.s.startsWith('-') && a.s.length > 1) {
      const next = args[i + 1];
      if (takes.has(a.s) && next) {
        out.push({ opt: a.s, v: next });
        i++;
      } else out.push({ opt: a.s });
    } else out.push({ v: a });
  }
  return out;
}

/** short option clusters (`-Vm file`, `-P key`, `-mfile`) with the letters that take a value */
function shortArgs(args: readonly Val[], takes: string): Map<string, Val[]> {
  const out = new Map<string, Val[]>();
  const put = (k: string, v: Val | undefined) =>
    out.set(k, [...(out.get(k) ?? []), ...(v ? [v] : [])]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Val;
    if (!/^-[A-Za-z]/.test(a.s)) continue;
    const letters = a.s.slice(1);
    for (let j = 0; j < letters.length; j++) {
      const c = letters[j] as string;
      if (!takes.includes(c)) {
        put(c, undefined);
        continue;
      }
      const rest = letters.slice(j + 1);
      if (rest) put(c, { ...a, s: rest });
      else put(c, args[++i]);
      break;
    }
  }
  return out;
}

const literal = (v: Val | undefined): v is Val =>
  v !== undefined && v.known && !v.s.includes(UNKNOWN) && v.s.trim() !== '';

/** what a gpg command does to the keyring: true adds an anchored key, false an unanchored one */
function gpgKeyOp(g: CmdFact, facts: Facts, shipped: Shipped): boolean | undefined {
  const args = longArgs(g.args, GPG_VALUE);
  const opts = new Set(args.map((a) => a.opt).filter(Boolean));
  const operands = args.filter((a) => !a.opt).map((a) => a.v as Val);
  if (opts.has('--recv-keys') || opts.has('--recv-key') || opts.has('--receive-keys'))
    return operands.length > 0 && operands.every((v) => literal(v) && FINGERPRINT.test(v.s));
  if (opts.has('--import')) {
    if (operands.length) return operands.every((v) => shipped.file(v) !== undefined);
    // `gpg --import < vendor.asc`
    const from = g.cmd.redirects.filter(
      (r) => r.op === '<' && (r.fd === undefined || r.fd === '0') && r.target,
    );
    return (
      from.length > 0 &&
      !g.cmd.stdin.length &&
      from.every((r) => r.target && shipped.file(facts.env.eval(r.target)) !== undefined)
    );
  }
  if (opts.has('--fetch-keys') || opts.has('--locate-keys') || opts.has('--locate-external-keys'))
    return false;
  if (args.some((a) => a.opt === '--keyserver-options' && /auto-key-retrieve/.test(a.v?.s ?? '')))
    return false;
  if (opts.has('--auto-key-retrieve')) return false;
  return undefined;
}

function gpgVerified(g: CmdFact, facts: Facts, shipped: Shipped): string[] {
  const gpgv = /^gpgv2?$/.test(g.name);
  const args = longArgs(g.args, GPG_VALUE);
  const opts = new Set(args.map((a) => a.opt).filter(Boolean));
  if (!gpgv && !opts.has('--verify')) return [];
  if (gpgKeyOp(g, facts, shipped) === false) return [];
  const keyrings = args.filter((a) => a.opt === '--keyring').map((a) => a.v);
  let anchored = keyrings.length > 0 && keyrings.every((v) => v && shipped.file(v) !== undefined);
  if (!anchored) {
    if (keyrings.length) return [];
    // the keys the script put in the keyring before the check
    for (const f of facts.facts) {
      if (f.id >= g.id) break;
      if (!/^gpg2?$/.test(f.name)) continue;
      const op = gpgKeyOp(f, facts, shipped);
      if (op === false) return [];
      if (op) anchored = true;
    }
  }
  if (!anchored) return [];
  const operands = args.filter((a) => !a.opt).map((a) => a.v as Val);
  if (operands.some((v) => !literal(v))) return [];
  const files = operands.map((v) => v.s);
  if (files.length >= 2) return files.slice(1);
  const [sig] = files;
  if (!sig) return [];
  // a detached signature alone: gpg checks the file named without its extension
  return [sig.replace(/\.(?:sig|asc|gpg)$/, '')];
}

function cosignVerified(g: CmdFact, shipped: Shipped): string[] {
  const args = longArgs(g.args, COSIGN_VALUE);
  const [sub, ...rest] = args;
  if (sub?.opt || sub?.v?.s !== 'verify-blob') return [];
  const opt = (k: string) => rest.filter((a) => a.opt === k).map((a) => a.v);
  const key = opt('--key');
  const anchored =
    key.length > 0
      ? key.every((v) => v && shipped.file(v) !== undefined)
      : opt('--certificate-identity').some(literal) &&
        opt('--certificate-oidc-issuer').some(literal) &&
        !rest.some((a) => a.opt?.endsWith('-regexp'));
  if (!anchored) return [];
  const files = rest.filter((a) => !a.opt).map((a) => a.v as Val);
  return files.length === 1 && literal(files[0]) ? [files[0].s] : [];
}

function minisignVerified(g: CmdFact, shipped: Shipped): string[] {
  const o = shortArgs(g.args, g.name === 'signify' ? 'pmxsct' : 'mxpPsctoH');
  if (!o.has('V')) return [];
  const pub = o.get('P') ?? [];
  const file = o.get('p') ?? [];
  const anchored =
    g.name === 'minisign' && pub.length
      ? pub.every((v) => literal(v) && MINISIGN_KEY.test(v.s))
      : file.length > 0 && file.every((v) => shipped.file(v) !== undefined);
  if (!anchored) return [];
  return (o.get('m') ?? []).filter(literal).map((v) => v.s);
}

/** the files a signature check of the script vouches for when it succeeds */
export function signedFiles(g: CmdFact, facts: Facts, shipped: Shipped): string[] {
  let files: string[];
  if (/^gpgv?2?$/.test(g.name)) files = gpgVerified(g, facts, shipped);
  else if (g.name === 'cosign') files = cosignVerified(g, shipped);
  else if (g.name === 'minisign' || g.name === 'signify') files = minisignVerified(g, shipped);
  else return [];
  return files.map(normPath);
}
