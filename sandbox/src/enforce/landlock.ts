/**
 * The exec allowlist, enforced inside the sandbox with Landlock (ours: sandbox-runtime has no exec
 * control). A tiny helper, the first thing run inside bubblewrap, creates a Landlock ruleset that
 * handles only EXECUTE, grants it on the allowed binaries, the dynamic loader and the skill's shebang
 * scripts, restricts itself (inherited by every descendant, irrevocable) and execs the command. Any
 * other execve — by PATH lookup, absolute path, or a copy in a writable dir — fails with EACCES.
 *
 * The helper is C, compiled once per host into a private cache dir (~1 ms to start); where no C
 * compiler is available the same logic runs in the system python3 (Node cannot make raw syscalls).
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

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

const C_SOURCE = `#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

struct ruleset_attr { uint64_t handled_access_fs; };
struct path_beneath_attr { uint64_t allowed_access; int32_t parent_fd; } __attribute__((packed));
#define EXECUTE 1ULL

static void die(int code, const char *what, const char *arg) {
  fprintf(stderr, "skillgate: %s%s%s\\n", what, arg ? ": " : "", arg ? arg : "");
  _exit(code);
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--abi") == 0) {
    long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, 1U);
    printf("%ld\\n", abi < 0 ? 0L : abi);
    return 0;
  }
  if (dup2(4, 2) == 2) close(4); /* the real stderr back (parked on fd 4) */
  unsetenv("NO_PROXY");
  unsetenv("no_proxy");
  int sep = 2;
  while (sep < argc && strcmp(argv[sep], "--") != 0) sep++;
  if (sep >= argc - 1) die(125, "usage: marker paths... -- command", NULL);
  struct ruleset_attr attr = { EXECUTE };
  int rs = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0U);
  if (rs < 0) die(125, "landlock unavailable", strerror(errno));
  for (int i = 2; i < sep; i++) {
    int fd = open(argv[i], O_PATH | O_CLOEXEC);
    if (fd < 0) continue;
    struct path_beneath_attr pb = { EXECUTE, fd };
    if (syscall(SYS_landlock_add_rule, rs, 1 /* LANDLOCK_RULE_PATH_BENEATH */, &pb, 0U) != 0)
      die(125, "landlock rule failed", argv[i]);
    close(fd);
  }
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) die(125, "no_new_privs failed", strerror(errno));
  if (syscall(SYS_landlock_restrict_self, rs, 0U) != 0) die(125, "landlock restrict failed", strerror(errno));
  close(rs);
  execvp(argv[sep + 1], argv + sep + 1);
  if (errno == EACCES || errno == EPERM) die(126, "not declared in capabilities.exec (permission denied)", argv[sep + 1]);
  die(127, "not found in the sandbox", argv[sep + 1]);
  return 127;
}
`;

let compiled: string | null | undefined;

/** Force the python3 helper (`'python'`) or go back to preferring the compiled one (`'auto'`). */
export function selectHelper(kind: 'auto' | 'python'): void {
  compiled = kind === 'python' ? null : undefined;
}

/** The compiled helper, built on first use; undefined when there is no C compiler. */
export function compiledHelper(): string | undefined {
  if (compiled === undefined) compiled = buildHelper() ?? null;
  return compiled ?? undefined;
}

function ownedPrivate(p: string): boolean {
  const st = fs.statSync(p);
  return st.uid === process.getuid?.() && (st.mode & 0o022) === 0;
}

function buildHelper(): string | undefined {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const dir = path.join(base, 'skillgate');
  const hash = createHash('sha256').update(C_SOURCE).digest('hex').slice(0, 16);
  const bin = path.join(dir, `landlock-exec-${hash}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownedPrivate(dir)) return undefined;
    if (fs.existsSync(bin)) return ownedPrivate(bin) ? bin : undefined;
    const tmp = `${bin}.${process.pid}.tmp`;
    const cc = spawnSync('cc', ['-O2', '-o', tmp, '-x', 'c', '-'], {
      input: C_SOURCE,
      stdio: ['pipe', 'ignore', 'ignore'],
      timeout: 60_000,
    });
    if (cc.status !== 0) return undefined;
    fs.chmodSync(tmp, 0o755);
    fs.renameSync(tmp, bin);
    return bin;
  } catch {
    return undefined;
  }
}

/** argv that runs `command` under the exec allowlist. */
export function helperArgv(
  runId: string,
  execPaths: readonly string[],
  command: readonly string[],
): string[] {
  const c = compiledHelper();
  const program = c ? [c] : [HELPER_PYTHON, '-I', '-S', '-c', SOURCE];
  return [...program, `${HELPER_MARKER}${runId}`, ...execPaths, '--', ...command];
}

/** Files the helper needs visible inside the sandbox. */
export function helperFiles(): string[] {
  const c = compiledHelper();
  return c ? [c] : [HELPER_PYTHON, fs.realpathSync(HELPER_PYTHON)];
}

let abi: number | undefined;
/** The kernel's Landlock ABI version (0 when unavailable); asked once per process. */
export function landlockAbi(): number {
  if (abi !== undefined) return abi;
  try {
    const c = compiledHelper();
    if (c) {
      abi = Math.max(
        0,
        Number.parseInt(
          execFileSync(c, ['--abi'], { encoding: 'utf8', timeout: 10_000 }).trim(),
          10,
        ) || 0,
      );
      return abi;
    }
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
