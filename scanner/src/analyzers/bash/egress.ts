/**
 * Can a network command carry local data out? A plain download or GET of a constant URL sends
 * nothing but the request line; it is no exfiltration sink on its own. A request body or upload,
 * a POST-like method, a URL, header or DNS name computed at run time, stdin fed to the client, a
 * raw socket, mail, `git push` or an upload with scp/rsync can.
 */
import type { CmdFact } from './facts.js';
import type { Val } from './values.js';

const READ_METHODS = /^(?:GET|HEAD|OPTIONS)$/i;

/** a word whose value is only known at run time (a variable, another command's output) */
function computed(v: Val): boolean {
  return !v.known || v.sources.size > 0;
}

function values(f: CmdFact, keys: readonly string[]): Val[] {
  return keys.flatMap((k) => f.opts.get(k) ?? []);
}

function anyFlag(f: CmdFact, keys: readonly string[]): boolean {
  return keys.some((k) => f.flags.has(k));
}

const CURL_BODY = [
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '--data-ascii',
  '--json',
  '-F',
  '--form',
  '--form-string',
  '-T',
  '--upload-file',
  '--mail-rcpt',
];
/** options whose value goes into the request (a computed one may carry a secret) */
const CURL_SENT = ['-H', '--header', '-b', '--cookie', '-u', '--user', '-e', '--referer', '-A'];
const WGET_BODY = ['--post-data', '--post-file', '--body-data', '--body-file'];

/**
 * programs that send every word and input they are given: sockets, file transfer, mail, DNS names.
 * canSend below decides when one of them carries the user's data (`nc -z` only probes; a DNS
 * name must be built at run time); a value given to one of them is sent as it is.
 */
export const RAW_SENDERS: ReadonlySet<string> = new Set([
  'nc',
  'ncat',
  'netcat',
  'socat',
  'telnet',
  'websocat',
  'wscat',
  'ftp',
  'tftp',
  'lftp',
  'mail',
  'sendmail',
  'mutt',
  'dig',
  'nslookup',
  'host',
  'drill',
  'whois',
  'mosquitto_pub',
]);

/**
 * the command can send local data to the hosts it contacts; `inert` tells a computed URL whose
 * run-time parts can carry nothing of the user's (only parts of network responses and arguments)
 */
export function canSend(f: CmdFact, inert: (v: Val) => boolean = () => false): boolean {
  const url = (v: Val) => computed(v) && !inert(v);
  const fed =
    f.cmd.stdin.length > 0 ||
    f.inputVal !== undefined ||
    f.cmd.redirects.some((r) => r.op === '<' || r.op === '<>');
  if (f.redirectTargets.some((t) => /^\/dev\/(?:tcp|udp)\//.test(t))) return true;
  const fam = f.fam;
  const pos = f.positional;
  switch (fam) {
    case 'curl': {
      if (anyFlag(f, CURL_BODY)) return true;
      if (values(f, ['-X', '--request']).some((m) => !READ_METHODS.test(m.s))) return true;
      if (values(f, CURL_SENT).some(computed)) return true;
      return [...pos, ...values(f, ['--url'])].some(url);
    }
    case 'wget': {
      if (anyFlag(f, WGET_BODY)) return true;
      if (values(f, ['--method']).some((m) => !READ_METHODS.test(m.s))) return true;
      if (values(f, ['--header', '--user', '--password']).some(computed)) return true;
      return pos.some(url);
    }
    case 'http':
    case 'https':
    case 'xh': {
      // httpie: [METHOD] URL [ITEM...]; items (`a=b`, `a:=1`, `f@file`, `H:v`) build the request
      const at = pos.findIndex((a) => /^(?:https?:\/\/|:|[a-z0-9.-]+\.[a-z]{2,})/i.test(a.s));
      const method = at > 0 ? (pos[0] as Val).s : 'GET';
      if (fed || !READ_METHODS.test(method)) return true;
      return pos.slice(at + 1).some((a) => computed(a) || /[=@]/.test(a.s)) || pos.some(computed);
    }
    case 'nc':
    case 'ncat':
    case 'netcat':
      return !f.flags.has('-z');
    case 'socat':
    case 'telnet':
    case 'ftp':
    case 'tftp':
    case 'lftp':
    case 'mail':
    case 'sendmail':
    case 'mutt':
    case 'websocat':
    case 'wscat':
    case 'mosquitto_pub':
      return true;
    case 'openssl':
    case 'ssh':
    case 'autossh':
    case 'mosh':
      // a login or a handshake sends nothing of the user's unless something is fed to it
      return fed;
    case 'sftp':
      return fed || f.flags.has('-b');
    case 'scp':
    case 'rsync': {
      // an upload: the destination (last operand) is remote
      const last = pos[pos.length - 1];
      return last !== undefined && /^[^/~.][^/]*:/.test(last.s) && !last.s.includes('://');
    }
    case 'git': {
      const sub = pos[0]?.s;
      if (sub === 'push' || sub === 'send-email' || sub === 'request-pull') return true;
      // a remote the script adds or repoints is where its pushes go
      return sub === 'remote' && (pos[1]?.s === 'add' || pos[1]?.s === 'set-url');
    }
    case 'nslookup':
    case 'dig':
    case 'host':
    case 'drill':
    case 'whois':
      // a name built at run time carries data in its labels
      return pos.some(computed);
    case 'ping':
    case 'ping6':
      return f.flags.has('-p') || pos.some(computed);
    case 'traceroute':
    case 'mtr':
    case 'aria2c':
    case 'fetch':
    case 'lwp-download':
      return fed || pos.some(computed);
    default:
      // any other program given a URL: only what is fed to it or computed at run time can leave
      return fed || f.args.some(computed);
  }
}
