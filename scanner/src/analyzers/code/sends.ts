/**
 * Can a network call in Python or JS/TS carry local data out? The code counterpart of
 * bash/egress.ts: a GET/HEAD of a constant URL with constant (or no) query, headers and auth, or a
 * download to a file, sends nothing of the user's; a body (data/json/files/body), a POST-like
 * method, a URL, query, header or DNS name computed at run time, or a datagram can. Calls this
 * module does not know, and calls it cannot see whole (a splat, an options object that does not
 * fold, a request object changed elsewhere in the file), stay unknown (`undefined`), which the
 * capability comparison treats as able to send.
 */
import { HOLE, type Value } from './value.js';

/** an argument that is not there or sends nothing: Python `None`, JS `null`/`undefined`, a callback */
export const ABSENT: Value = { kind: 'unknown' };

export interface SendsCall {
  callee: string;
  /** positional arguments, ABSENT for None/null/undefined/callbacks */
  args: readonly Value[];
  /** Python keyword arguments (ABSENT for `None`); JS callers pass an empty map */
  options: ReadonlyMap<string, Value>;
  /** a `*args`/`**kwargs`/`...spread` the analyzer could not fold */
  open: boolean;
  /**
   * the result is bound to a name that is used only to call its methods (`s = requests.Session()`
   * then `s.get(...)`), so every request made with it is a call of its own
   */
  contained?: boolean;
  /**
   * an argument is, or holds, a dict/list/object kept in a variable: its folded value is the one
   * it was made with, and the file may add to it before the call (`headers["X"] = token`)
   */
  named?: boolean;
  /**
   * what is done with the call's result (see clients.ts): the methods called on the client,
   * connection or request it returns, chained or through the name it is bound to; absent when
   * the result goes anywhere else (an argument, a return value, an attribute)
   */
  uses?: readonly Use[];
}

/** a method called on a call's result: `conn.request("GET", "/x")`, `.set("Accept", "…")` */
export interface Use {
  method: string;
  /** positional arguments, ABSENT for None/null/undefined/callbacks */
  args: readonly Value[];
  /** Python keyword arguments */
  options: ReadonlyMap<string, Value>;
  /** a splat or spread that did not fold */
  open: boolean;
  /** what is done with this call's own result (a request stream), when followed */
  uses?: readonly Use[];
}

export const READ_METHODS = /^(?:GET|HEAD|OPTIONS)$/i;

/**
 * What these uses send as the request's body: `req.write(x)`, `req.end(x)`, `.send(x)`, and the
 * body of a connection's request (http.client `request(method, url, body, headers)`, urllib3
 * `request(method, url, body=…, fields=…)`), also through the uses of their results
 */
export function usedBodies(uses: readonly Use[] | undefined, depth = 0): Value[] {
  if (!uses || depth > 2) return [];
  return uses.flatMap((u) => {
    const own =
      u.method === 'write' || u.method === 'end' || u.method === 'send'
        ? u.args.slice(0, 1)
        : u.method === 'request' || u.method === 'urlopen'
          ? [u.args[2], u.options.get('body'), u.options.get('fields')].filter(
              (v): v is Value => v !== undefined,
            )
          : [];
    return [...own, ...usedBodies(u.uses, depth + 1)];
  });
}

/** the arguments of these uses and of the uses of their results: what they hand the request */
export function usedValues(uses: readonly Use[] | undefined, depth = 0): Value[] {
  if (!uses || depth > 2) return [];
  return uses.flatMap((u) => [...u.args, ...u.options.values(), ...usedValues(u.uses, depth + 1)]);
}

/** a value known in full before the script runs, carrying no data about the user */
export function constant(v: Value | undefined, depth = 0): boolean {
  if (v === undefined || v === ABSENT) return true;
  if (depth > 4) return false;
  switch (v.kind) {
    case 'str':
      return !v.s.includes(HOLE) && !v.source;
    case 'num':
      return true;
    case 'list':
      return v.items.length <= 256 && v.items.every((i) => constant(i, depth + 1));
    case 'obj':
      return v.props.size <= 256 && [...v.props.values()].every((i) => constant(i, depth + 1));
    default:
      return false;
  }
}

export const present = (v: Value | undefined): boolean => v !== undefined && v !== ABSENT;

/** options that shape how a request is made but are not sent to the server */
const NOT_SENT = new Set([
  // Python: requests / httpx / aiohttp / urllib
  'timeout',
  'verify',
  'stream',
  'allow_redirects',
  'follow_redirects',
  'cert',
  'proxies',
  'proxy',
  'ssl',
  'raise_for_status',
  'max_redirects',
  'context',
  'cafile',
  'capath',
  'retries',
  'preload_content',
  'decode_content',
  'filename',
  'reporthook',
  // JS: fetch / axios / got / ky / undici / http(s).get
  'signal',
  'redirect',
  'follow',
  'compress',
  'size',
  'cache',
  'mode',
  'credentials',
  'keepalive',
  'integrity',
  'referrerPolicy',
  'agent',
  'dispatcher',
  'responseType',
  'responseEncoding',
  'maxRedirects',
  'maxContentLength',
  'maxBodyLength',
  'decompress',
  'throwHttpErrors',
  'retry',
  'httpAgent',
  'httpsAgent',
  'validateStatus',
  'family',
  'rejectUnauthorized',
  'protocol',
  'port',
  'encoding',
]);

/** request bodies: any value at all can carry data out */
const BODY = new Set(['data', 'json', 'files', 'content', 'body', 'form', 'fields']);

/** Python calls whose second and third positional arguments are the body (`requests.post(url, data, json)`) */
const PY_BODY_ARGS =
  /^(?:(?:requests|httpx|grequests|treq)\.|(?:requests\.[Ss]ession|httpx\.(?:Async)?Client)\(\)\.)(?:post|put|patch)$/;
/** calls whose second positional argument is the body (`axios.post(url, data)`, `urlopen(url, data)`, `Request(url, data)`) */
const BODY_ARG =
  /^(?:axios\.(?:post|put|patch)|urllib\.request\.(?:urlopen|Request)|urllib2\.(?:urlopen|Request))$/;

/**
 * What a request sends as its body, as content: the body options (`data=`, `json=`, `files=`,
 * `body:`, `form:`) and the data argument of a call that takes it by position. Headers, auth,
 * the URL and its query are where a client authenticates; the body is what the service keeps.
 */
export function requestBodies(
  callee: string,
  args: readonly Value[],
  options: ReadonlyMap<string, Value>,
): Value[] {
  const out = [...options].filter(([k]) => BODY.has(k)).map(([, v]) => v);
  if (PY_BODY_ARGS.test(callee)) out.push(...args.slice(1, 3));
  else if (BODY_ARG.test(callee)) out.push(...args.slice(1, 2));
  return out;
}

/** the options (keyword arguments or an options object) of a read request: none is a body, every sent one is constant */
export function quietOptions(opts: Iterable<[string, Value]>): boolean {
  for (const [k, v] of opts) {
    if (BODY.has(k)) {
      if (present(v)) return false;
      continue;
    }
    if (k === 'method') {
      if (present(v) && !(v.kind === 'str' && constant(v) && READ_METHODS.test(v.s))) return false;
      continue;
    }
    if (!NOT_SENT.has(k) && !constant(v)) return false;
  }
  return true;
}

/** a constant read request: method, URL and every sent option known and quiet */
export function readRequest(
  method: Value | undefined,
  url: Value | undefined,
  opts: Iterable<[string, Value]>,
  extra: readonly Value[] = [],
): boolean {
  if (
    method !== undefined &&
    !(method.kind === 'str' && constant(method) && READ_METHODS.test(method.s))
  )
    return false;
  return constant(url) && quietOptions(opts) && extra.every((v) => constant(v));
}

const verdict = (read: boolean): boolean | undefined => (read ? false : true);

// ---- Python --------------------------------------------------------------------------------------

const PY_VERBS = /\.(get|head|options|post|put|patch|delete|request|stream)$/;
/** module-level request functions */
const PY_MODULE =
  /^(?:requests|httpx|aiohttp|urllib3|treq|grequests)\.(?:get|head|options|post|put|patch|delete|request|stream)$/;
/** request methods of a session/client object (whose headers may be changed elsewhere) */
const PY_SESSION =
  /^(?:requests\.(?:Session|session)\(\)|httpx\.(?:Async)?Client\(\)|aiohttp\.ClientSession\(\)|urllib3\.PoolManager\(\))\.(?:get|head|options|post|put|patch|delete|request|stream)$/;
/** session/client constructors: they send nothing themselves, only the headers they keep */
const PY_CLIENT = new Set([
  'requests.Session',
  'requests.session',
  'httpx.Client',
  'httpx.AsyncClient',
  'aiohttp.ClientSession',
  'urllib3.PoolManager',
]);
export const PY_IN_PROCESS_TRANSPORT = /^httpx\.(?:ASGITransport|WSGITransport|MockTransport)$/;
const PY_URLOPEN = new Set([
  'urllib.request.urlopen',
  'urllib.request.build_opener().open',
  'urllib.request.OpenerDirector().open',
  'urllib2.urlopen',
  'urllib.urlopen',
]);
/** tornado's clients: one request per fetch */
const PY_FETCH = new Set([
  'tornado.httpclient.AsyncHTTPClient().fetch',
  'tornado.httpclient.HTTPClient().fetch',
]);
const PY_RETRIEVE = new Set(['urllib.request.urlretrieve', 'urllib.urlretrieve']);
const PY_REQUEST = new Set(['urllib.request.Request', 'urllib2.Request']);
const PY_DNS = new Set([
  'socket.gethostbyname',
  'socket.gethostbyname_ex',
  'socket.getaddrinfo',
  'dns.resolver.resolve',
  'dns.resolver.query',
  'dns.resolver.Resolver().resolve',
  'dns.resolver.Resolver().query',
]);

export interface PyFileFlags {
  /**
   * the file changes a request object or session after making it (`s.headers.update(...)`,
   * `req.add_header(...)`, `opener.addheaders = ...`): its requests cannot be judged by their call
   */
  mutates: boolean;
  /** the file writes into some dict or list after making it (`d[k] = v`, `d.update(...)`) */
  writes: boolean;
}

/** a Python network call: true when it can carry local data out, false when not, undefined when unsure */
export function pySends(c: SendsCall, flags: PyFileFlags): boolean | undefined {
  const r = pyJudge(c, flags);
  return r === false && c.named && flags.writes ? undefined : r;
}

function pyJudge(c: SendsCall, flags: PyFileFlags): boolean | undefined {
  const { callee, args, options } = c;
  // httpx's in-process transports hand requests to an application object or a function: they
  // open no connection, whatever they are given
  if (PY_IN_PROCESS_TRANSPORT.test(callee)) return false;
  if (PY_DNS.has(callee)) return c.open ? undefined : !constant(args[0]);
  if (callee === 'socket.socket().sendto' || callee === 'socket.socket().sendall') return true;
  if (c.open) return undefined;
  const opts = [...options];
  if (PY_CLIENT.has(callee)) {
    // headers, cookies, auth or a base URL computed at run time go with every request
    if (!quietOptions(opts) || !args.every((a) => constant(a))) return true;
    return c.contained && !flags.mutates ? false : undefined;
  }
  if (PY_MODULE.test(callee) || PY_SESSION.test(callee)) {
    if (PY_SESSION.test(callee) && flags.mutates) return undefined;
    const verb = PY_VERBS.exec(callee)?.[1] as string;
    if (verb === 'request' || verb === 'stream' || callee === 'aiohttp.request') {
      const method = options.get('method') ?? args[0];
      const url = options.get('url') ?? args[1];
      return verdict(
        readRequest(
          method ?? { kind: 'unknown' },
          url,
          opts.filter(([k]) => k !== 'method' && k !== 'url'),
          args.slice(2),
        ),
      );
    }
    if (!READ_METHODS.test(verb)) return true;
    const url = options.get('url') ?? args[0];
    return verdict(
      readRequest(
        undefined,
        url,
        opts.filter(([k]) => k !== 'url'),
        args.slice(1),
      ),
    );
  }
  if (PY_FETCH.has(callee)) {
    // tornado fetch(url_or_HTTPRequest, raise_error=True, **kwargs): a request object is built elsewhere
    if (args[0]?.kind !== 'str') return undefined;
    return verdict(
      readRequest(
        options.get('method'),
        args[0],
        opts.filter(([k]) => k !== 'method' && k !== 'raise_error'),
      ),
    );
  }
  if (callee === 'httplib2.Http().request') {
    // request(uri, method="GET", body=None, headers=None, redirections=5, connection_type=None)
    if (present(args[2]) || present(options.get('body'))) return true;
    return verdict(
      readRequest(
        options.get('method') ?? args[1],
        options.get('uri') ?? args[0],
        opts.filter(([k]) => !['method', 'uri', 'redirections', 'connection_type'].includes(k)),
        args.slice(3, 4),
      ),
    );
  }
  if (PY_URLOPEN.has(callee)) {
    // urlopen(url_or_request, data=None, timeout): a Request object may have been given headers
    // or data after it was made
    if (flags.mutates) return undefined;
    if (present(args[1]) || present(options.get('data'))) return true;
    return verdict(constant(args[0] ?? options.get('url')));
  }
  if (PY_RETRIEVE.has(callee)) {
    // urlretrieve(url, filename=None, reporthook=None, data=None)
    if (present(args[3]) || present(options.get('data'))) return true;
    return verdict(constant(args[0] ?? options.get('url')));
  }
  if (PY_REQUEST.has(callee)) {
    // Request(url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None)
    if (present(args[1]) || present(options.get('data'))) return true;
    const method = options.get('method') ?? args[5];
    const headers = options.get('headers') ?? args[2];
    return verdict(
      readRequest(
        present(method) ? method : undefined,
        args[0] ?? options.get('url'),
        opts.filter(([k]) => k !== 'method' && k !== 'url' && k !== 'data'),
        headers ? [headers] : [],
      ),
    );
  }
  return undefined;
}

/**
 * Python source that changes a request or session after making it: header, cookie, auth or data
 * attributes set or updated, `add_header`, opener headers, a global opener.
 */
const PY_MUTATION =
  /\.(?:headers|cookies|params|auth|data|addheaders|trust_env)\s*(?:\[[^\]\n]*\]\s*)?(?:=(?!=)|\+=|\.update\s*\(|\.set\s*\(|\.setdefault\s*\(|\.append\s*\()|\.add(?:_unredirected)?_header\s*\(|install_opener\s*\(|\.mount\s*\(/;

/** a write into a dict or list: item assignment, an updating method, `|=` */
const PY_WRITES =
  /\]\s*(?:=(?!=)|[-+|]=)|\.(?:update|setdefault|append|extend|insert|__setitem__|__ior__)\s*\(|\|=/;

export function pyFileFlags(text: string): PyFileFlags {
  return { mutates: PY_MUTATION.test(text), writes: PY_WRITES.test(text) };
}

// ---- JavaScript / TypeScript -------------------------------------------------------------------

const JS_FETCH = new Set([
  'fetch',
  'node-fetch',
  'cross-fetch',
  'isomorphic-fetch',
  'undici.fetch',
  'undici.request',
]);
const JS_GOT = /^(?:got|ky)(?:\.(get|head|options|post|put|patch|delete|stream))?$/;
const JS_AXIOS = /^axios(?:\.(get|head|options|delete|post|put|patch|request))?$/;
const JS_GET = new Set(['http.get', 'https.get']);
const JS_REQUEST = new Set(['http.request', 'https.request']);
const JS_DNS =
  /^dns\.(?:lookup|resolve\w*|reverse|promises\.(?:lookup|resolve\w*|reverse)|Resolver\(\)\.(?:resolve\w*|reverse))$/;

export interface JsFileFlags {
  /** the file changes axios defaults, adds interceptors or a global undici dispatcher */
  mutates: boolean;
  /** the file writes into some object or array after making it (`o.k = v`, `Object.assign(o, ...)`) */
  writes: boolean;
}

/**
 * axios defaults and interceptors, a global undici dispatcher or agent, and URL objects changed
 * after they are made (`u.searchParams.set(...)`, `u.search = ...`: a `new URL(x)` folds to x)
 */
const JS_MUTATION =
  /\.defaults\b|\binterceptors\b|setGlobalDispatcher|globalAgent|\.searchParams\.(?:set|append)\s*\(|\.(?:search|pathname|hash|host|hostname|href|username|password|port)\s*(?:=(?![=>])|\+=)/;

/** a write into an object or array: a member assignment, Object.assign, an adding method */
const JS_WRITES =
  /[\w$\])](?:\.[\w$]+|\[[^\]\n]*\])\s*(?:=(?![=>])|\+=|\|\|=|\?\?=)|Object\.assign\s*\(|\.(?:set|append|push|unshift|splice)\s*\(/;

export function jsFileFlags(text: string): JsFileFlags {
  return { mutates: JS_MUTATION.test(text), writes: JS_WRITES.test(text) };
}

export function objOptions(v: Value | undefined): Array<[string, Value]> | undefined {
  if (v === undefined || v === ABSENT) return [];
  return v.kind === 'obj' ? [...v.props] : undefined;
}

/**
 * A JS/TS network call: true when it can carry local data out, false when not, undefined when
 * unsure. `chained`: the call's result is used further than reading the response (`.set(...)`,
 * `.send(...)`), so the request may be built up after the call.
 */
export function jsSends(c: SendsCall, flags: JsFileFlags, chained: boolean): boolean | undefined {
  const r = jsJudge(c, flags, chained);
  return r === false && c.named && flags.writes ? undefined : r;
}

function jsJudge(c: SendsCall, flags: JsFileFlags, chained: boolean): boolean | undefined {
  const { callee, args } = c;
  if (JS_DNS.test(callee)) return c.open ? undefined : !constant(args[0]);
  if (callee === 'navigator.sendBeacon' || callee === 'dgram.createSocket().send') return true;
  if (callee === 'XMLHttpRequest().open') {
    const m = args[0];
    return m?.kind === 'str' && constant(m) && READ_METHODS.test(m.s) && constant(args[1])
      ? undefined
      : true;
  }
  if (c.open) return undefined;
  if (JS_FETCH.has(callee)) {
    // `fetch(\`/api/users/${id}\`)`: a path with no host is a request to the page's own origin
    // (a web app's own API); no value of the script can point it at another host
    const first = args[0];
    // (its second character known: `'/' + next` may be `//host`)
    if (first?.kind === 'str' && /^\/[^/\\]/.test(first.s) && first.s[1] !== HOLE) return false;
    if (flags.mutates) return undefined;
    // `fetch(new Request(url, init))`: the request's URL and options
    const req = args.length === 1 && first?.kind === 'obj' ? first.props : undefined;
    const url = req ? req.get('url') : first;
    const init = req ? [...req].filter(([k]) => k !== 'url') : objOptions(args[1]);
    if (!init) return undefined;
    if (chained) return undefined;
    return verdict(readRequest(undefined, url, init, args.slice(2)));
  }
  if (callee === 'bent()') {
    // bent(base, 'POST', ...) makes a function: request(path, body, headers)
    if (present(args[1])) return true;
    return verdict(constant(args[0]) && constant(args[2]));
  }
  if (callee === 'phin' || callee === 'phin.promisified' || callee === 'phin.unpromisified') {
    // phin(url) or phin({ url, method, data, headers, ... })
    const first = args[0];
    if (first?.kind === 'str') return verdict(constant(first));
    const opts = objOptions(first);
    if (!opts) return undefined;
    const o = new Map(opts);
    return verdict(
      readRequest(
        o.get('method'),
        o.get('url'),
        opts.filter(([k]) => k !== 'method' && k !== 'url'),
      ),
    );
  }
  const wr = /^wretch(?:\(\)\.(\w+))?$/.exec(callee);
  if (wr) {
    // wretch(url, options) sends nothing itself; its verbs do: .post(body), .get()
    const verb = wr[1];
    if (!verb) return verdict(constant(args[0]) && constant(args[1]));
    if (/^(?:post|put|patch|delete|body|json|formData|formUrl)$/.test(verb)) return true;
    if (/^(?:get|head|opts)$/.test(verb)) return verdict(args.every((a) => constant(a)));
    return undefined;
  }
  if (callee === 'EventSource') return verdict(constant(args[0]) && constant(args[1]));
  const got = JS_GOT.exec(callee);
  if (got) {
    const verb = got[1];
    if (verb && !/^(?:get|head|options|stream)$/.test(verb)) return true;
    if (flags.mutates) return undefined;
    const first = args[0];
    const [url, o] = first?.kind === 'obj' ? [undefined, first] : [first, args[1]];
    const opts = objOptions(o);
    if (!opts) return undefined;
    if (opts.some(([k, v]) => BODY.has(k) && present(v))) return true;
    if (chained) return undefined;
    return verdict(readRequest(undefined, url, opts));
  }
  const ax = JS_AXIOS.exec(callee);
  if (ax) {
    const verb = ax[1];
    if (verb === 'post' || verb === 'put' || verb === 'patch') return true;
    if (flags.mutates) return undefined;
    let url: Value | undefined;
    let cfg: Value | undefined;
    if (!verb || verb === 'request') {
      // axios(config) / axios(url, config) / axios.request(config)
      if (args[0]?.kind === 'obj') cfg = args[0];
      else [url, cfg] = [args[0], args[1]];
    } else [url, cfg] = [args[0], args[1]];
    const opts = objOptions(cfg);
    if (!opts) return undefined;
    if (opts.some(([k, v]) => BODY.has(k) && present(v))) return true;
    if (verb === 'delete') return true;
    if (chained) return undefined;
    return verdict(readRequest(undefined, url, opts, args.slice(2)));
  }
  if (flags.mutates && (JS_GET.has(callee) || JS_REQUEST.has(callee))) return undefined;
  if (JS_GET.has(callee)) {
    // http.get(url | options, [options], [callback]): the request is ended at once, no body
    const [a0, a1] = args;
    const opts = a0?.kind === 'obj' ? objOptions(a0) : objOptions(a1);
    if (!opts) return undefined;
    const url = a0?.kind === 'obj' ? undefined : a0;
    if (!constant(url)) return true;
    return verdict(
      readRequest(
        undefined,
        url,
        opts.filter(([k]) => k !== 'method'),
      ),
    );
  }
  if (JS_REQUEST.has(callee)) {
    // the body is written to the returned request later: only a body-sending method or a
    // computed destination or header can be told from the call
    const [a0, a1] = args;
    const opts = a0?.kind === 'obj' ? objOptions(a0) : objOptions(a1);
    const url = a0?.kind === 'obj' ? undefined : a0;
    if (!constant(url)) return true;
    if (!opts) return undefined;
    return readRequest(undefined, url, opts) ? undefined : true;
  }
  return undefined;
}
