/** Where the registry is and who we are: flags first, then SKILLGATE_REGISTRY / SKILLGATE_TOKEN. */
export const DEFAULT_REGISTRY = 'http://127.0.0.1:8750';

export interface GlobalOptions {
  registry?: string;
  token?: string;
  json?: boolean;
}

export function registryUrl(opts: GlobalOptions): string {
  return opts.registry ?? process.env['SKILLGATE_REGISTRY'] ?? DEFAULT_REGISTRY;
}

export function token(opts: GlobalOptions): string | undefined {
  return opts.token ?? process.env['SKILLGATE_TOKEN'] ?? undefined;
}

export function dataHome(flag?: string): string {
  return flag ?? process.env['SKILLGATE_HOME'] ?? '.skillgate';
}
