/** A small client for the registry's /v1 JSON API (the same API the web UI uses). */
import { CliError } from './errors.js';

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

export class ApiError extends CliError {
  constructor(
    readonly status: number,
    readonly apiCode: string,
    message: string,
    readonly field?: string,
  ) {
    super(status === 404 ? 'NOT_FOUND' : 'REGISTRY', `${message} (${apiCode}, HTTP ${status})`);
  }
}

export interface ClientOptions {
  registry: string;
  token?: string;
}

export class RegistryClient {
  readonly base: string;
  constructor(private readonly opts: ClientOptions) {
    this.base = opts.registry.replace(/\/+$/, '');
  }

  private async request(
    method: string,
    path: string,
    body?: Uint8Array | object,
    accept = 'application/json',
  ): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (this.opts.token) headers['authorization'] = `Bearer ${this.opts.token}`;
    let payload: Uint8Array | string | undefined;
    if (body instanceof Uint8Array) {
      headers['content-type'] = 'application/gzip';
      payload = body;
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, { method, headers, body: payload });
    } catch (cause) {
      throw new CliError(
        'NETWORK',
        `cannot reach the registry at ${this.base}: ${(cause as Error).message}`,
        { cause },
      );
    }
    if (!res.ok) {
      let parsed: ApiErrorBody | undefined;
      try {
        parsed = (await res.json()) as ApiErrorBody;
      } catch {
        parsed = undefined;
      }
      const e = parsed?.error;
      throw new ApiError(
        res.status,
        e?.code ?? 'SKILLGATE_ERR_UNKNOWN',
        e?.message ?? res.statusText,
        e?.field,
      );
    }
    return res;
  }

  async json<T>(method: string, path: string, body?: Uint8Array | object): Promise<T> {
    return (await (await this.request(method, path, body)).json()) as T;
  }

  async bytes(path: string): Promise<Buffer> {
    const res = await this.request('GET', path, undefined, 'application/octet-stream');
    return Buffer.from(await res.arrayBuffer());
  }

  get<T>(path: string): Promise<T> {
    return this.json<T>('GET', path);
  }
}

export const enc = encodeURIComponent;
