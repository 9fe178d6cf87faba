/** The bubblewrap command line for one observed run. Pure. */
import { SANDBOX_HOME, SANDBOX_SKILL, SANDBOX_WORKSPACE } from './honeypot.js';

export interface BwrapLayout {
  /** host dir holding the skill (bound read-only at /skill) */
  skillDir: string;
  /** host dirs inside the helper's size-limited tmpfs */
  homeDir: string;
  workspaceDir: string;
  /** stand-in tools, bound read-only at /opt/skillgate/bin (last on PATH) */
  toolsDir: string;
  /** host dir bound read-only as /etc (see etc-template.ts) */
  etcDir: string;
  /** this run's host name and the /etc/hosts file that resolves it */
  hostname: string;
  hostsFile: string;
  env: Record<string, string>;
  argv: string[];
  tmpBytes: number;
  gitWorkspace: boolean;
  graceTicks: number;
  /** RLIMIT_CPU seconds, RLIMIT_FSIZE bytes, RLIMIT_AS bytes (0: not set), applied by the wrapper */
  cpuSeconds: number;
  fileSizeBytes: number;
  addressSpaceBytes: number;
}

export function bwrapArgs(l: BwrapLayout, existing: (p: string) => boolean): string[] {
  const a: string[] = ['--unshare-all', '--share-net', '--die-with-parent', '--new-session'];
  a.push('--uid', '1000', '--gid', '1000', '--hostname', l.hostname);
  a.push('--ro-bind', '/usr', '/usr');
  for (const [link, target] of [
    ['/bin', 'usr/bin'],
    ['/sbin', 'usr/sbin'],
    ['/lib', 'usr/lib'],
    ['/lib64', 'usr/lib64'],
    ['/lib32', 'usr/lib32'],
  ] as const) {
    if (existing(`/usr/${target.slice(4)}`)) a.push('--symlink', target, link);
  }
  a.push('--proc', '/proc', '--dev', '/dev');
  a.push('--size', String(l.tmpBytes), '--tmpfs', '/tmp');
  a.push('--size', String(l.tmpBytes), '--tmpfs', '/dev/shm');
  a.push('--dir', '/var', '--symlink', '../tmp', '/var/tmp');
  a.push('--ro-bind', l.etcDir, '/etc');
  a.push('--ro-bind', l.hostsFile, '/etc/hosts');
  a.push('--ro-bind', l.skillDir, SANDBOX_SKILL);
  a.push('--bind', l.homeDir, SANDBOX_HOME);
  a.push('--bind', l.workspaceDir, SANDBOX_WORKSPACE);
  a.push('--ro-bind', l.toolsDir, '/opt/skillgate/bin');
  a.push('--remount-ro', '/');
  a.push('--chdir', SANDBOX_WORKSPACE);
  a.push('--clearenv');
  for (const [k, v] of Object.entries(l.env)) a.push('--setenv', k, v);
  a.push(
    '--',
    '/bin/sh',
    '-c',
    RUN_WRAPPER,
    'skillgate-run',
    l.gitWorkspace ? '1' : '0',
    String(l.graceTicks),
  );
  a.push(String(l.cpuSeconds), String(Math.max(1, Math.floor(l.fileSizeBytes / 512))));
  a.push(
    l.addressSpaceBytes > 0 ? String(Math.floor(l.addressSpaceBytes / 1024)) : 'unlimited',
    ...l.argv,
  );
  return a;
}

/**
 * Runs inside the sandbox around the sample: optionally makes the workspace a git repository (an
 * agent's workspace usually is one), runs the sample, then keeps the sandbox alive while detached
 * children it left behind still run (up to graceTicks x 100 ms), so background work is observed.
 */
export const RUN_WRAPPER = [
  'g=$1; n=$2; cpu=$3; fsz=$4; vm=$5; shift 5',
  'ulimit -c 0; ulimit -S -t "$cpu"; ulimit -H -t $((cpu + 1)); ulimit -f "$fsz"; ulimit -v "$vm"',
  'if [ "$g" = 1 ]; then { git init -q && git add -A && git commit -qm init; } >/dev/null 2>&1; fi',
  '"$@"; rc=$?',
  'i=0; while [ $i -lt "$n" ]; do set -- /proc/[0-9]*; [ $# -le 2 ] && break; sleep 0.1; i=$((i+1)); done',
  'exit $rc',
].join('\n');

export function etcFiles(): Record<string, string> {
  return {
    passwd: `root:x:0:0:root:/root:/bin/sh\nagent:x:1000:1000:agent:${SANDBOX_HOME}:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n`,
    group: 'root:x:0:\nagent:x:1000:\nnogroup:x:65534:\n',
    hosts: hostsFile('devbox'),
    'resolv.conf': 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n',
    'nsswitch.conf': 'passwd: files\ngroup: files\nhosts: files dns\n',
    hostname: 'devbox\n',
  };
}

export function hostsFile(hostname: string): string {
  return `127.0.0.1 localhost ${hostname}\n::1 localhost ip6-localhost\n`;
}

export function sandboxEnv(canaryEnv: Record<string, string>): Record<string, string> {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin:/opt/skillgate/bin',
    HOME: SANDBOX_HOME,
    USER: 'agent',
    LOGNAME: 'agent',
    SHELL: '/bin/bash',
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    TMPDIR: '/tmp',
    SKILL_DIR: SANDBOX_SKILL,
    ...canaryEnv,
  };
}
