/** The `match` vocabulary of manifest and capability rules, validated in plain words. */

const KEYS: Record<string, string> = {
  lifecycleScript:
    'a list of npm lifecycle script names (preinstall, install, postinstall, prepare, …)',
  requirement: 'a list of requirements.txt entry kinds: url, vcs, index, local',
  binName: 'a list of command names a package.json `bin` entry must not take (git, ssh, sudo, …)',
  dependency: 'a list of package.json dependency kinds: url, vcs, local',
  undeclared: 'one capability kind: network, fs-read, fs-write, exec or env',
  exfiltration: 'true (a secret source plus egress to an undeclared host)',
  declaredSecretEgress: 'true (a secret source plus egress to declared hosts)',
  untracedExfiltration:
    'true (a credential or config file read plus egress to an undeclared host, with no path traced between them and no other evidence)',
  keyElsewhere:
    "true (a known issuer's key sent to a fixed host neither the issuer's nor declared)",
  keyGateway: "true (a known issuer's key sent to a gateway for its API or another issuer's API)",
  keyContent:
    "true (a known issuer's key put in a request's body, outside a field that authenticates, even to the issuer's own API)",
  offlineClaimEgress: 'true (the text promises no network use; code talks to an undeclared host)',
  offlineClaimBeacon: 'true (the text promises no network use; code sends who the user is)',
  outputRelay:
    'true (the text tells the agent to obey what a command prints; that command, on the lines of the paragraph up to the sentence or in a file they name, fetches from a host)',
  linked:
    "one kind of fact linked across the skill's files: download-exec (a path one file saves from the network and another runs), own-install (a clone of the skill's own home repository and a file the skill ships run from it) or secret-pipe (a script reading secrets piped into a script that sends its input)",
  anyoneHost: 'true (skill.json declares a host anyone can receive at: `*`, `*.vercel.app`)',
  lookalike:
    'true (a requirements.txt or package.json dependency named one edit away from a popular package of its registry)',
};

const ENUMS: Record<string, readonly string[]> = {
  requirement: ['url', 'vcs', 'index', 'local'],
  dependency: ['url', 'vcs', 'local'],
};

export function validateManifestMatch(match: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const keys = Object.keys(match);
  if (keys.length !== 1) problems.push(`use exactly one of ${Object.keys(KEYS).join(', ')}`);
  for (const k of keys) {
    const v = match[k];
    if (!(k in KEYS)) {
      problems.push(`unknown match key "${k}" (allowed: ${Object.keys(KEYS).join(', ')})`);
      continue;
    }
    if (k === 'linked') {
      if (v !== 'download-exec' && v !== 'own-install' && v !== 'secret-pipe')
        problems.push(`linked must be ${KEYS[k]}`);
    } else if (k === 'undeclared') {
      if (!['network', 'fs-read', 'fs-write', 'exec', 'env'].includes(String(v)))
        problems.push(`undeclared must be ${KEYS[k]}`);
    } else if (
      k === 'exfiltration' ||
      k === 'declaredSecretEgress' ||
      k === 'untracedExfiltration' ||
      k === 'keyElsewhere' ||
      k === 'keyGateway' ||
      k === 'keyContent' ||
      k === 'offlineClaimEgress' ||
      k === 'offlineClaimBeacon' ||
      k === 'outputRelay' ||
      k === 'anyoneHost' ||
      k === 'lookalike'
    ) {
      if (v !== true) problems.push(`${k} must be ${KEYS[k]}`);
    } else if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')) {
      problems.push(`${k} must be ${KEYS[k]}`);
    } else {
      const allowed = ENUMS[k];
      const bad = allowed ? v.filter((x) => !allowed.includes(x as string)) : [];
      if (bad.length)
        problems.push(
          `${k} has unknown kind(s) ${bad.join(', ')} (allowed: ${allowed?.join(', ')})`,
        );
    }
  }
  return problems;
}
