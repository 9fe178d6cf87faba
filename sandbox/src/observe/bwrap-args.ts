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
  /** host dir with generated passwd, group, hosts, resolv.conf, nsswitch.conf */
  etcDir: string;
  env: Record<string, string>;
  argv: string[];
  tmpBytes: number;
  gitWorkspace: boolean;
  graceTicks: number;
}

/** System paths visible read-only; anything else in /etc stays hidden. */
const ETC_PASSTHROUGH = [
  'ld.so.cache',
  'ld.so.conf',
  'ld.so.conf.d',
  'localtime',
  'alternatives',
  'ssl',
  'ca-certificates',
  'mime.types',
];

export function bwrapArgs(l: BwrapLayout, existing: (p: string) => boolean): string[] {
  const a: string[] = ['--unshare-all', '--share-net', '--die-with-parent', '--new-session'];
  a.push('--uid', '1000', '--gid', '1000', '--hostname', 'devbox');
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
  a.push('--dir', '/etc');
  for (const name of ETC_PASSTHROUGH) {
    if (existing(`/etc/${name}`)) a.push('--ro-bind', `/etc/${name}`, `/etc/${name}`);
  }
  for (const name of ['passwd', 'group', 'hosts', 'resolv.conf', 'nsswitch.conf', 'hostname']) {
    a.push('--ro-bind', `${l.etcDir}/${name}`, `/etc/${name}`);
  }
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
  'g=$1; n=$2; shift 2',
  'if [ "$g" = 1 ]; then { git init -q && git add -A && git -c user.name=agent -c user.email=agent@devbox.example commit -qm init; } >/dev/null 2>&1; fi',
  '"$@"; rc=$?',
  'i=0; while [ $i -lt "$n" ]; do set -- /proc/[0-9]*; [ $# -le 2 ] && break; sleep 0.1; i=$((i+1)); done',
  'exit $rc',
].join('\n');

export function etcFiles(): Record<string, string> {
  return {
    passwd: `root:x:0:0:root:/root:/bin/sh\nagent:x:1000:1000:agent:${SANDBOX_HOME}:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n`,
    group: 'root:x:0:\nagent:x:1000:\nnogroup:x:65534:\n',
    hosts: '127.0.0.1 localhost devbox\n::1 localhost ip6-localhost\n',
    'resolv.conf': 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n',
    'nsswitch.conf': 'passwd: files\ngroup: files\nhosts: files dns\n',
    hostname: 'devbox\n',
  };
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
