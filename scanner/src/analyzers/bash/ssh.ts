/**
 * Commands ssh runs on the local machine with the user's shell when it connects: `ProxyCommand`,
 * `LocalCommand`, `KnownHostsCommand` and a `Match exec "…"` condition. They are given as `-o`
 * options (`ssh -o ProxyCommand="…" host`) or in the text of a configuration file a script writes
 * (~/.ssh/config): either way the command is a script of its own, read as the shell reads it.
 */

/** a configuration file ssh reads by itself */
export const SSH_CONFIG = /(?:^|\/)\.ssh\/config$|^\/etc\/ssh\/ssh_config(?:\.d\/[^/]+)?$/;

const LOCAL_COMMAND = /^\s*(?:ProxyCommand|LocalCommand|KnownHostsCommand)\s*(?:=\s*|\s+)(\S.*)$/i;
const MATCH_EXEC = /(?:^|\s)exec\s+(?:"([^"]*)"|(\S+))/gi;

/** the most configuration lines read */
const MAX_LINES = 4096;

/** the shell commands configuration text (a file's, or an `-o` option's) makes ssh run locally */
export function sshLocalCommands(config: string): string[] {
  const out: string[] = [];
  for (const line of config.split(/\r?\n/, MAX_LINES)) {
    const m = LOCAL_COMMAND.exec(line);
    if (m) {
      const cmd = (m[1] as string).trim();
      if (!/^none$/i.test(cmd)) out.push(cmd);
    } else if (/^\s*Match\s/i.test(line))
      for (const x of line.matchAll(MATCH_EXEC)) out.push((x[1] ?? x[2] ?? '').trim());
    if (out.length >= 32) break;
  }
  return out.filter(Boolean);
}
