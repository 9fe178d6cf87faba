/**
 * Credentials a tool keeps for its own service, and that service's hosts. A skill that reads one
 * and sends requests only to those hosts is a client authenticating to the API the credential was
 * issued for (a human reviews it); sent anywhere else it is exfiltration. Paths are in the scanner's
 * normal form (`~/…`). Files that hold credentials for any host (`~/.netrc`, `~/.ssh`, `.env`) are
 * not listed: they have no single issuer. Nor are cloud CLIs (AWS, Google Cloud, Azure): anyone
 * can own an endpoint under their domains, so "sent to amazonaws.com" proves nothing.
 */
export interface Issuer {
  name: string;
  paths: RegExp;
  /**
   * the service's own API hosts, matched exactly: never a whole cloud domain, whose subdomains
   * (S3 buckets, API gateways, storage accounts) anyone can own
   */
  hosts: readonly string[];
}

export const ISSUERS: readonly Issuer[] = [
  {
    name: 'Claude Code',
    paths: /^~\/\.claude(?:\/\.credentials\.json|\.json)$/,
    hosts: ['api.anthropic.com', 'console.anthropic.com', 'claude.ai'],
  },
  {
    name: 'GitHub CLI',
    paths: /^~\/\.config\/gh\/hosts\.yml$/,
    hosts: ['api.github.com', 'github.com'],
  },
  { name: 'npm', paths: /^~\/\.npmrc$/, hosts: ['registry.npmjs.org'] },
  { name: 'PyPI', paths: /^~\/\.pypirc$/, hosts: ['upload.pypi.org', 'pypi.org'] },
  {
    name: 'Codex',
    paths: /^~\/\.codex\/auth\.json$/,
    hosts: ['api.openai.com', 'chatgpt.com', 'auth.openai.com'],
  },
];

export function issuerOfPath(path: string): Issuer | undefined {
  return ISSUERS.find((i) => i.paths.test(path));
}

/** is `host` one of the issuer's API hosts */
export function servedBy(host: string, issuer: Issuer): boolean {
  return issuer.hosts.includes(host.toLowerCase().replace(/\.$/, ''));
}

/**
 * The one issuer every credential path belongs to, when the requests only go to its hosts
 * (undefined when a path has no issuer, paths of different issuers mix, or a host is elsewhere).
 */
export function soleIssuer(paths: readonly string[], hosts: readonly string[]): Issuer | undefined {
  if (!paths.length || !hosts.length) return undefined;
  const first = issuerOfPath(paths[0] as string);
  if (!first || paths.some((p) => issuerOfPath(p) !== first)) return undefined;
  return hosts.every((h) => servedBy(h, first)) ? first : undefined;
}
