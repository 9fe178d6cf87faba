/**
 * The exec allowlist, enforced inside the sandbox with Landlock (ours: sandbox-runtime has no exec
 * control). A tiny Python helper, run by the system python3 as the first thing inside bubblewrap,
 * creates a Landlock ruleset that handles only EXECUTE, grants it on the allowed binaries, the
 * dynamic loader and the skill's shebang scripts, restricts itself (inherited by every descendant,
 * irrevocable) and execs the command. Any other execve — by PATH lookup, absolute path, or a copy
 * in a writable dir — fails with EACCES. Python because Node cannot make raw syscalls and a C
 * helper would need a compiler at install time; python3's startup (~10 ms) is the whole cost.
 */
import { execFileSync } from 'node:child_process';

export const HELPER_PYTHON = '/usr/bin/python3';
/** short: strace prints argv strings cut at 32 bytes */
export const HELPER_MARKER = 'sgx-';

/** Exit codes of the helper itself (before the command runs). */
export const HELPER_EXIT_NO_LANDLOCK = 125;

const SOURCE = `
import ctypes, os, struct, sys
try:
    os.dup2(4, 2); os.close(4)  # the real stderr back (the sandbox start-up parked it on fd 4)
except OSError:
    pass
libc = ctypes.CDLL(None, use_errno=True)
sc = libc.syscall
sc.restype = ctypes.c_long
EXECUTE = 1
def die(code, msg):
    sys.stderr.write('skillgate: ' + msg + '\\n'); sys.stderr.flush(); os._exit(code)
args = sys.argv[2:]
sep = args.index('--')
allowed, cmd = args[:sep], args[sep + 1:]
for k in ('NO_PROXY', 'no_proxy'):
    os.environ.pop(k, None)
attr = ctypes.create_string_buffer(struct.pack('=Q', EXECUTE))
rs = sc(444, attr, ctypes.c_size_t(8), ctypes.c_uint32(0))
if rs < 0: die(${HELPER_EXIT_NO_LANDLOCK}, 'landlock unavailable (errno %d)' % ctypes.get_errno())
for p in allowed:
    try: fd = os.open(p, os.O_PATH | os.O_CLOEXEC)
    except OSError: continue
    rule = ctypes.create_string_buffer(struct.pack('=Qi', EXECUTE, fd))
    if sc(445, ctypes.c_int(rs), ctypes.c_int(1), rule, ctypes.c_uint32(0)) != 0:
        die(${HELPER_EXIT_NO_LANDLOCK}, 'landlock rule for %s failed (errno %d)' % (p, ctypes.get_errno()))
    os.close(fd)
if libc.prctl(38, 1, 0, 0, 0) != 0: die(${HELPER_EXIT_NO_LANDLOCK}, 'no_new_privs failed')
if sc(446, ctypes.c_int(rs), ctypes.c_uint32(0)) != 0:
    die(${HELPER_EXIT_NO_LANDLOCK}, 'landlock restrict failed (errno %d)' % ctypes.get_errno())
os.close(rs)
try: os.execvp(cmd[0], cmd)
except PermissionError: die(126, '%s: not declared in capabilities.exec (permission denied)' % cmd[0])
except FileNotFoundError: die(127, '%s: not found in the sandbox' % cmd[0])
`;

/** argv that runs `command` under the exec allowlist. */
export function helperArgv(
  runId: string,
  execPaths: readonly string[],
  command: readonly string[],
): string[] {
  return [
    HELPER_PYTHON,
    '-I',
    '-S',
    '-c',
    SOURCE,
    `${HELPER_MARKER}${runId}`,
    ...execPaths,
    '--',
    ...command,
  ];
}

let abi: number | undefined;
/** The kernel's Landlock ABI version (0 when unavailable); asked once per process. */
export function landlockAbi(): number {
  if (abi !== undefined) return abi;
  try {
    const out = execFileSync(
      HELPER_PYTHON,
      [
        '-I',
        '-S',
        '-c',
        'import ctypes;s=ctypes.CDLL(None).syscall;s.restype=ctypes.c_long;print(s(444,None,0,1))',
      ],
      { encoding: 'utf8', timeout: 10_000 },
    );
    abi = Math.max(0, Number.parseInt(out.trim(), 10) || 0);
  } catch {
    abi = 0;
  }
  return abi;
}

/** POSIX shell quoting, for handing an argv to sandbox-runtime's `sh -c` wrapper. */
export function shellQuote(argv: readonly string[]): string {
  return argv
    .map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}
