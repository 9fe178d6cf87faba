/** The dynamic stage's own finding kinds: what was seen, how bad, what to do instead. */
import type { Finding, Severity } from '../types.js';

export interface DynamicRule {
  id: string;
  severity: Severity;
  category: Finding['category'];
  threat?: string;
  message: string;
  remediation: string;
}

const rule = (r: DynamicRule) => r;

export const DYNAMIC_RULES = {
  exfiltration: rule({
    id: 'dynamic-canary-exfiltration',
    severity: 'critical',
    category: 'threat',
    threat: 'exfiltration',
    message: 'A planted secret left the sandbox',
    remediation:
      'Never read credentials the user did not hand to the skill, and never send them anywhere.',
  }),
  identityExfiltration: rule({
    id: 'dynamic-identity-exfiltration',
    severity: 'high',
    category: 'threat',
    threat: 'exfiltration',
    message: 'Sent who and where the user is (host name, git e-mail) to an undeclared host',
    remediation:
      'Do not fingerprint the user; declare the host if it really needs this and say why.',
  }),
  credentialStaged: rule({
    id: 'dynamic-credential-staged',
    severity: 'high',
    category: 'threat',
    threat: 'exfiltration',
    message: 'Copied a credential from the home directory into files it then could send',
    remediation: 'Never copy credential stores into the workspace, a repository or an upload.',
  }),
  undeclaredHost: rule({
    id: 'dynamic-undeclared-network',
    severity: 'high',
    category: 'capability',
    message: 'Connected to a host/port the manifest does not declare',
    remediation:
      'Declare every host the skill talks to in capabilities.network, or stop talking to it.',
  }),
  undeclaredDns: rule({
    id: 'dynamic-undeclared-dns',
    severity: 'medium',
    category: 'capability',
    message: 'Looked up a name the manifest does not declare',
    remediation: 'Declare the host in capabilities.network.',
  }),
  undeclaredExec: rule({
    id: 'dynamic-undeclared-exec',
    severity: 'high',
    category: 'capability',
    message: 'Ran a program the manifest does not declare',
    remediation:
      'List the program in capabilities.exec (interpreters and POSIX plumbing are implicit).',
  }),
  sensitiveRead: rule({
    id: 'dynamic-sensitive-read',
    severity: 'high',
    category: 'capability',
    message: 'Opened a credential file',
    remediation:
      'Do not read credential stores; ask the user for the one secret you need through a declared env var.',
  }),
  readThenSend: rule({
    id: 'dynamic-read-then-send',
    severity: 'high',
    category: 'threat',
    threat: 'exfiltration',
    message: 'Read a credential file and then connected to an undeclared host',
    remediation: 'Do not read credential stores, and declare every host the skill talks to.',
  }),
  persistence: rule({
    id: 'dynamic-persistence-write',
    severity: 'critical',
    category: 'threat',
    threat: 'persistence',
    message: 'Wrote to a persistence location',
    remediation:
      'A skill must not install itself: no shell rc, crontab, authorized_keys, systemd/launchd or agent config edits.',
  }),
  reverseShell: rule({
    id: 'dynamic-reverse-shell',
    severity: 'critical',
    category: 'threat',
    threat: 'remote-access',
    message: 'Attached a shell to a network socket (reverse shell)',
    remediation: 'Remove the remote shell.',
  }),
  tunnel: rule({
    id: 'dynamic-tunnel',
    severity: 'critical',
    category: 'threat',
    threat: 'remote-access',
    message: 'Opened a network tunnel',
    remediation: 'Skills must not expose the machine through ssh -R/-L/-D or tunnel tools.',
  }),
  declaredTunnel: rule({
    id: 'dynamic-tunnel-declared',
    severity: 'high',
    category: 'capability',
    message: 'Opened a network tunnel with a declared tool',
    remediation: 'Make sure users expect this skill to forward ports; a moderator will check it.',
  }),
  miner: rule({
    id: 'dynamic-miner',
    severity: 'critical',
    category: 'threat',
    threat: 'cryptomining',
    message: 'Cryptominer behaviour',
    remediation: 'Remove the miner.',
  }),
  cpuBurn: rule({
    id: 'dynamic-cpu-burn',
    severity: 'medium',
    category: 'threat',
    threat: 'cryptomining',
    message: 'Burned CPU until a limit stopped it (a mining signal)',
    remediation:
      'Bound the work the skill does; long computations should take their size from the user.',
  }),
  downloadExec: rule({
    id: 'dynamic-download-exec',
    severity: 'critical',
    category: 'threat',
    threat: 'download-exec',
    message: 'Executed code it had just downloaded',
    remediation: 'Ship the code in the skill (it gets scanned) instead of fetching and running it.',
  }),
  limit: rule({
    id: 'dynamic-limit-hit',
    severity: 'low',
    category: 'capability',
    message: 'A sandbox limit stopped the run',
    remediation: 'Keep scripts bounded in time, memory, processes and output.',
  }),
} as const;
