/**
 * The registry's one catalogue of API errors. Every non-2xx body is
 * `{ error: { code, message, field?, reason? } }`; clients branch on `code`, never on text.
 * Messages are templates: `{name}` is replaced by the value given when the error is raised.
 */
export const ERROR_CATALOGUE = {
  BAD_REQUEST: { status: 400, message: 'the request is invalid: {detail}' },
  MANIFEST_INVALID: { status: 400, message: 'the skill package is invalid: {detail}' },
  ARCHIVE_INVALID: { status: 400, message: 'the tarball was refused: {detail}' },
  UNAUTHORIZED: { status: 401, message: '{detail}' },
  FORBIDDEN: { status: 403, message: 'this needs the {role} role' },
  NOT_OWNER: { status: 403, message: '{user} is not an owner of {name}' },
  NOT_FOUND: { status: 404, message: '{what} was not found' },
  NOT_PUBLISHED: { status: 404, message: '{name}@{version} is not published (state: {state})' },
  VERSION_EXISTS: {
    status: 409,
    message: '{name}@{version} already exists (state: {state}); published versions are immutable',
  },
  NAME_CONFUSABLE: {
    status: 409,
    message: '{name} reads like the existing skill {existing}; choose a name that does not',
  },
  STATE_CONFLICT: {
    status: 409,
    message: '{name}@{version} is {state}: {detail}',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'the body is larger than the {limit}-byte limit' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'content type {type} is not accepted here' },
  REQUEST_TIMEOUT: { status: 408, message: 'the request was not received in time' },
  HEADERS_TOO_LARGE: { status: 431, message: 'the request headers are too large' },
  RATE_LIMITED: { status: 429, message: 'too many requests; retry in {retryAfter}' },
  SERVICE_UNAVAILABLE: { status: 503, message: '{what} is not reachable right now; retry shortly' },
  STORAGE_CORRUPT: { status: 500, message: 'stored {what} failed its digest check' },
  INTERNAL: { status: 500, message: 'internal error (request {requestId})' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorKey = keyof typeof ERROR_CATALOGUE;
export type ErrorCode = `SKILLGATE_ERR_${ErrorKey}`;

export const ERROR_CODES: readonly ErrorCode[] = Object.keys(ERROR_CATALOGUE).map(
  (k) => `SKILLGATE_ERR_${k}` as ErrorCode,
);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; reason?: string };
}

function render(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
}

/** The registry's one error class: a catalogue key, its rendered message, the field at fault. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  readonly code: ErrorCode;
  readonly statusCode: number;
  constructor(
    readonly key: ErrorKey,
    params: Record<string, string | number | undefined> = {},
    readonly extra: { field?: string; reason?: string; cause?: unknown } = {},
  ) {
    super(render(ERROR_CATALOGUE[key].message, params), { cause: extra.cause });
    this.code = `SKILLGATE_ERR_${key}`;
    this.statusCode = ERROR_CATALOGUE[key].status;
  }

  toBody(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.extra.field !== undefined) error.field = this.extra.field;
    if (this.extra.reason !== undefined) error.reason = this.extra.reason;
    return { error };
  }
}

/** A markdown table of the catalogue, put in the OpenAPI document's description. */
export function catalogueMarkdown(): string {
  const rows = Object.entries(ERROR_CATALOGUE).map(
    ([k, v]) => `| \`SKILLGATE_ERR_${k}\` | ${v.status} | ${v.message} |`,
  );
  return ['| code | status | message template |', '|---|---|---|', ...rows].join('\n');
}
