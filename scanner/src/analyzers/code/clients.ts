/**
 * HTTP clients whose request is not one call: a connection made with the host and then asked for
 * a path (`http.client.HTTPSConnection(host).request("GET", "/x")`, urllib3 connection pools,
 * undici `Pool`/`Client`, `http2.connect(origin).request({...})`), a handle configured option by
 * option (pycurl `setopt`), or a request built up by chained methods (superagent `.set/.query/
 * .send`, needle). Whether such a client can carry local data out is judged from every use the
 * analyzer could follow (see SendsCall.uses): all of them reads of constant paths with constant
 * headers and no body → false; one body, write, POST-like method or computed part → true; a use
 * this module does not know, or a client whose uses could not all be followed → undefined.
 */
import {
  ABSENT,
  READ_METHODS,
  constant,
  objOptions,
  present,
  quietOptions,
  readRequest,
  type SendsCall,
  type Use,
} from './sends.js';
import type { Value } from './value.js';

/** the answers of several uses together: any send sends, else any unknown is unknown */
function all(results: Iterable<boolean | undefined>): boolean | undefined {
  let unsure = false;
  for (const r of results) {
    if (r === true) return true;
    if (r === undefined) unsure = true;
  }
  return unsure ? undefined : false;
}

const verdict = (read: boolean): boolean => !read;

const readMethod = (m: Value | undefined): boolean =>
  m?.kind === 'str' && constant(m) && READ_METHODS.test(m.s);

/** every use judged by `judge`, or undefined when the uses are not known */
function byUses(
  uses: readonly Use[] | undefined,
  judge: (u: Use) => boolean | undefined,
): boolean | undefined {
  if (!uses) return undefined;
  return all(uses.map((u) => (u.open ? undefined : judge(u))));
}

const without = (opts: ReadonlyMap<string, Value>, ...keys: string[]): Array<[string, Value]> =>
  [...opts].filter(([k]) => !keys.includes(k));

// ---- Python --------------------------------------------------------------------------------------

/** connection objects bound to one host: their requests name only a path */
const PY_CONNECTIONS = new Set([
  'http.client.HTTPConnection',
  'http.client.HTTPSConnection',
  'httplib.HTTPConnection',
  'httplib.HTTPSConnection',
  'urllib3.HTTPConnectionPool',
  'urllib3.HTTPSConnectionPool',
  'urllib3.connection_from_url',
  'urllib3.connectionpool.connection_from_url',
]);

/** the request methods of a urllib3 PoolManager that sends.ts does not know (full URLs) */
const PY_MANAGER_REQUESTS =
  /^urllib3\.(?:PoolManager|ProxyManager)\(\)\.(urlopen|request_encode_url|request_encode_body)$/;

/** connection methods that send nothing of their own */
const PY_CONNECTION_QUIET = new Set([
  'getresponse',
  'close',
  'connect',
  'set_debuglevel',
  'is_connected',
]);

/** urllib3 pool methods that name a method and a URL (or path) */
const PY_POOL_REQUESTS = /^(?:request|urlopen|request_encode_url|request_encode_body)$/;

/** one request of a connection or pool: `request(method, url, body=None, headers=None)`, `urlopen(...)` */
function pyRequestUse(u: Use): boolean | undefined {
  const { method: name, args, options } = u;
  if (name === 'request_encode_body' || name === 'request_chunked') return true;
  const method = options.get('method') ?? args[0];
  const url = options.get('url') ?? args[1];
  if (name === 'request_encode_url') {
    // the fields become the query string
    const fields = options.get('fields') ?? args[2];
    return verdict(
      readRequest(method ?? ABSENT, url, without(options, 'method', 'url', 'fields'), [
        fields ?? ABSENT,
        ...args.slice(3),
      ]),
    );
  }
  // http.client: (method, url, body, headers); urllib3: (method, url, fields|body, headers)
  if (present(args[2])) return true;
  return verdict(
    readRequest(method ?? ABSENT, url, without(options, 'method', 'url'), args.slice(3)),
  );
}

function pyConnectionUse(u: Use): boolean | undefined {
  const { method, args, options } = u;
  if (PY_POOL_REQUESTS.test(method)) return pyRequestUse(u);
  if (PY_CONNECTION_QUIET.has(method)) return false;
  switch (method) {
    case 'putrequest':
      return verdict(
        readRequest(
          options.get('method') ?? args[0] ?? ABSENT,
          options.get('url') ?? args[1],
          without(options, 'method', 'url'),
          args.slice(2),
        ),
      );
    case 'putheader':
    case 'set_tunnel':
      return verdict(args.every((a) => constant(a)) && quietOptions(options));
    case 'endheaders':
      return present(args[0]) || present(options.get('message_body'));
    case 'send':
      return true;
  }
  return undefined;
}

/** pycurl options that do not go to the server: where the response goes, timeouts, TLS checks */
const CURL_NOT_SENT = new Set([
  'WRITEDATA',
  'WRITEFUNCTION',
  'WRITEHEADER',
  'HEADERFUNCTION',
  'FOLLOWLOCATION',
  'MAXREDIRS',
  'TIMEOUT',
  'TIMEOUT_MS',
  'CONNECTTIMEOUT',
  'CONNECTTIMEOUT_MS',
  'NOPROGRESS',
  'PROGRESSFUNCTION',
  'XFERINFOFUNCTION',
  'VERBOSE',
  'DEBUGFUNCTION',
  'SSL_VERIFYPEER',
  'SSL_VERIFYHOST',
  'SSLVERSION',
  'CAINFO',
  'CAPATH',
  'NOSIGNAL',
  'FAILONERROR',
  'LOW_SPEED_LIMIT',
  'LOW_SPEED_TIME',
  'BUFFERSIZE',
  'IPRESOLVE',
  'HEADER',
  'OPT_FILETIME',
  'PROXY',
]);
/** pycurl options that are sent, harmless when constant */
const CURL_SENT = new Set([
  'URL',
  'HTTPHEADER',
  'USERAGENT',
  'REFERER',
  'ENCODING',
  'ACCEPT_ENCODING',
  'NOBODY',
  'HTTPGET',
  'RANGE',
]);
/** pycurl options that send a body or switch to a sending method */
const CURL_BODY = new Set([
  'POST',
  'POSTFIELDS',
  'COPYPOSTFIELDS',
  'POSTFIELDSIZE',
  'HTTPPOST',
  'MIMEPOST',
  'UPLOAD',
  'PUT',
  'READDATA',
  'READFUNCTION',
  'INFILESIZE',
  'INFILESIZE_LARGE',
  'MAIL_FROM',
  'MAIL_RCPT',
]);
const CURL_QUIET = new Set(['perform', 'perform_rb', 'perform_rs', 'close', 'getinfo', 'reset']);

/** one use of a pycurl handle; the walker gives setopt's option as its name (`URL`, `POSTFIELDS`) */
function curlUse(u: Use): boolean | undefined {
  if (CURL_QUIET.has(u.method)) return false;
  if (u.method !== 'setopt' && u.method !== 'unsetopt') return undefined;
  const opt = u.args[0];
  const name = opt?.kind === 'str' && constant(opt) ? opt.s : undefined;
  if (!name) return undefined;
  if (u.method === 'unsetopt' || CURL_NOT_SENT.has(name)) return false;
  if (CURL_SENT.has(name)) return !constant(u.args[1]);
  if (name === 'CUSTOMREQUEST') return !readMethod(u.args[1]);
  if (CURL_BODY.has(name)) return true;
  return undefined;
}

/**
 * A Python client call this module judges: connections and pools (the constructor, by the
 * requests made on it) and pycurl handles (every setopt, by all the handle's options); null for
 * any other call.
 */
export function pyClientSends(c: SendsCall): boolean | undefined | null {
  if (PY_CONNECTIONS.has(c.callee)) {
    if (c.open) return undefined;
    // a host or option computed at run time goes with every request
    if (!c.args.every((a) => constant(a)) || !quietOptions(c.options)) return true;
    return byUses(c.uses, pyConnectionUse);
  }
  const pool = PY_MANAGER_REQUESTS.exec(c.callee);
  if (pool)
    return c.open
      ? undefined
      : pyRequestUse({ method: pool[1] as string, args: c.args, options: c.options, open: false });
  if (c.callee === 'pycurl.Curl().setopt' || c.callee === 'pycurl.Curl().setopt_string')
    return byUses(c.uses, curlUse);
  return null;
}

/** the Python callees pyClientSends judges */
export const PY_CLIENT_CALLEE = /^(?:http\.client|httplib|urllib3|pycurl)\./;

// ---- JavaScript / TypeScript -------------------------------------------------------------------

/** request methods that only read the response or shape how it is read */
const SUPERAGENT_QUIET = new Set([
  'then',
  'catch',
  'finally',
  'end',
  'timeout',
  'retry',
  'ok',
  'redirects',
  'buffer',
  'responseType',
  'on',
  'once',
  'pipe',
  'withCredentials',
  'disableTLSCerts',
  'trustLocalhost',
  'ca',
  'cert',
  'key',
  'pfx',
  'maxResponseSize',
  'parse',
]);
/** request methods that add headers, query or credentials: harmless when constant */
const SUPERAGENT_SET = new Set(['set', 'query', 'auth', 'accept', 'type', 'unset']);

function superagentUse(u: Use): boolean | undefined {
  if (SUPERAGENT_QUIET.has(u.method)) return false;
  if (SUPERAGENT_SET.has(u.method)) return !u.args.every((a) => constant(a));
  if (u.method === 'send' || u.method === 'field' || u.method === 'attach' || u.method === 'write')
    return true;
  return undefined;
}

const JS_SUPERAGENT = /^superagent(?:\.(get|head|options|del|delete|post|put|patch))?$/;
const JS_NEEDLE = /^needle(?:\.(get|head|post|put|patch|delete|request))?$/;
const JS_POOLS = /^undici\.(?:Pool|Client|BalancedPool)$/;
const STREAM_QUIET = new Set(['on', 'once', 'pipe', 'then', 'catch', 'finally', 'setEncoding']);

/** a request stream (http2): ended without data, read, closed */
function streamUse(u: Use): boolean | undefined {
  if (u.method === 'end') return u.args.some((a) => present(a));
  if (u.method === 'write') return true;
  if (STREAM_QUIET.has(u.method) || u.method === 'close' || u.method === 'setTimeout') return false;
  return undefined;
}

/** `client.request({':method': 'GET', ':path': '/x', ...headers})` and what is done with its stream */
function http2Use(u: Use): boolean | undefined {
  if (['close', 'destroy', 'on', 'once', 'unref', 'ref', 'setTimeout', 'ping'].includes(u.method))
    return false;
  if (u.method !== 'request') return undefined;
  const headers = objOptions(u.args[0]);
  if (!headers) return undefined;
  const h = new Map(headers);
  const method = h.get(':method');
  if (present(method) && !readMethod(method)) return true;
  if (!headers.every(([, v]) => constant(v))) return true;
  if (!u.args.slice(1).every((a) => constant(a))) return true;
  return byUses(u.uses, streamUse);
}

/** `pool.request({ path, method, headers, query, body })` of an undici Pool/Client */
function poolUse(u: Use): boolean | undefined {
  if (['close', 'destroy', 'on', 'once'].includes(u.method)) return false;
  if (!['request', 'stream', 'pipeline'].includes(u.method)) return undefined;
  const opts = objOptions(u.args[0]);
  if (!opts) return undefined;
  const o = new Map(opts);
  // the method has no default in a dispatcher's request
  if (!readMethod(o.get('method'))) return true;
  return verdict(readRequest(undefined, o.get('path'), without(o, 'method', 'path')));
}

/** the JS/TS callees jsClientSends judges */
export const JS_CLIENT_CALLEE =
  /^(?:superagent|needle|http2\.connect$|undici\.(?:Pool|Client|BalancedPool)$|(?:axios\.create|ky\.(?:create|extend)|got\.extend)(?:$|\(\)\.))/;

/** clients made with a base URL and defaults: `axios.create({ baseURL })`, `ky.create({ prefixUrl })`, `got.extend(...)` */
const JS_INSTANCE = /^(axios\.create|ky\.(?:create|extend)|got\.extend)(?:\(\)\.(\w+))?$/;

/** one request of such a client: `api.get(path, config)`, `api.post(...)`, `api.request(config)` */
function instanceRequest(kind: string, verb: string, args: readonly Value[]): boolean | undefined {
  if (['post', 'put', 'patch', 'delete'].includes(verb)) return true;
  if (verb === 'request' && kind === 'axios.create') {
    const o = objOptions(args[0]);
    if (!o) return undefined;
    const m = new Map(o);
    if (present(m.get('method')) && !readMethod(m.get('method'))) return true;
    return verdict(readRequest(undefined, m.get('url'), without(m, 'method', 'url')));
  }
  if (!['get', 'head', 'options'].includes(verb)) return undefined;
  const opts = objOptions(args[1]);
  if (!opts) return undefined;
  return verdict(readRequest(undefined, args[0], opts, args.slice(2)));
}

/** the client itself by its defaults and every request made with it; one request by itself */
function instanceSends(c: SendsCall, kind: string, verb: string | undefined): boolean | undefined {
  if (c.open) return undefined;
  if (verb) return instanceRequest(kind, verb, c.args);
  // the defaults (headers, auth, params) go with every request
  const config = objOptions(c.args[0]);
  if (!config) return undefined;
  if (!quietOptions(config) || c.args.length > 1) return true;
  return byUses(c.uses, (u) =>
    STREAM_QUIET.has(u.method) ? false : instanceRequest(kind, u.method, u.args),
  );
}

/**
 * A JS/TS client call this module judges: superagent and needle requests (with the methods
 * chained on them), undici pools and http2 sessions (the constructor, by the requests made on
 * it); null for any other call.
 */
export function jsClientSends(c: SendsCall): boolean | undefined | null {
  const { callee, args } = c;
  const sa = JS_SUPERAGENT.exec(callee);
  if (sa) {
    if (c.open) return undefined;
    let method: Value | undefined = sa[1] ? { kind: 'str', s: sa[1] } : undefined;
    let url = args[0];
    const query: Value | undefined = sa[1] ? args[1] : undefined;
    if (!sa[1] && present(args[1])) [method, url] = [args[0], args[1]];
    if (method && !readMethod(method)) return true;
    if (!constant(url) || !constant(query)) return true;
    return byUses(c.uses, superagentUse);
  }
  const nd = JS_NEEDLE.exec(callee);
  if (nd) {
    if (c.open) return undefined;
    const verb = nd[1];
    if (verb && !['get', 'head', 'request'].includes(verb)) return true;
    // needle(method, url, data, options, cb); needle.get(url, options, cb)
    const [method, url, data, opts] =
      verb === 'get' || verb === 'head' ? [undefined, args[0], undefined, args[1]] : args;
    if (method !== undefined && !readMethod(method)) return true;
    if (!constant(url) || !constant(data) || !constant(opts)) return true;
    // the request is whole at the call: what is done with the response stream sends nothing
    return false;
  }
  if (callee === 'http2.connect') {
    if (c.open) return undefined;
    if (!constant(args[0]) || !constant(args[1])) return true;
    return byUses(c.uses, http2Use);
  }
  const inst = JS_INSTANCE.exec(callee);
  if (inst) return instanceSends(c, inst[1] as string, inst[2]);
  if (JS_POOLS.test(callee)) {
    if (c.open) return undefined;
    if (!args.every((a) => constant(a))) return true;
    return byUses(c.uses, poolUse);
  }
  return null;
}
