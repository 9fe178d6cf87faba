/**
 * The honeypot: a fake home full of credentials and a set of secret env vars, every value unique
 * to one run. Pure: the caller hands in the random source, so tests can pin it.
 */
import type { Canary } from './types.js';

export const SANDBOX_HOME = '/home/agent';
export const SANDBOX_WORKSPACE = '/workspace';
export const SANDBOX_SKILL = '/skill';

export interface HoneypotFile {
  /** `home` or `workspace` relative path */
  root: 'home' | 'workspace';
  path: string;
  content: string;
  mode: number;
}

export interface Honeypot {
  canaries: Canary[];
  files: HoneypotFile[];
  env: Record<string, string>;
  /** this run's host name (unique, so it is recognisable in outbound bytes) */
  hostname: string;
}

/** `hex(n)` must return n random lowercase hex characters. */
export function makeHoneypot(hex: (n: number) => string): Honeypot {
  const canaries: Canary[] = [];
  const env: Record<string, string> = {};
  const files: HoneypotFile[] = [];
  const envCanary = (name: string, value: string, audience?: string[]) => {
    env[name] = value;
    canaries.push({
      id: `env:${name}`,
      kind: 'env',
      location: name,
      value,
      ...(audience ? { audience } : {}),
    });
  };
  const fileCanary = (
    root: 'home' | 'workspace',
    path: string,
    value: string,
    content: string,
    mode = 0o600,
  ) => {
    files.push({ root, path, content, mode });
    const where = root === 'home' ? `~/${path}` : `${SANDBOX_WORKSPACE}/${path}`;
    const audience = FILE_AUDIENCE[path];
    canaries.push({
      id: `file:${where}`,
      kind: 'file',
      location: where,
      value,
      ...(audience ? { audience } : {}),
    });
  };

  envCanary('OPENAI_API_KEY', `sk-proj-${hex(40)}`, ['api.openai.com']);
  envCanary('ANTHROPIC_API_KEY', `sk-ant-api03-${hex(40)}`, ['api.anthropic.com']);
  envCanary('GITHUB_TOKEN', `ghp_${hex(36)}`, ['api.github.com', 'github.com', '*.github.com']);
  envCanary('AWS_ACCESS_KEY_ID', `AKIA${hex(16).toUpperCase()}`, ['*.amazonaws.com']);
  envCanary('AWS_SECRET_ACCESS_KEY', hex(40), ['*.amazonaws.com']);
  envCanary('NPM_TOKEN', `npm_${hex(36)}`, ['registry.npmjs.org']);
  envCanary('SLACK_BOT_TOKEN', `xoxb-${hex(32)}`, ['slack.com', '*.slack.com']);
  envCanary('DATABASE_URL', `postgres://app:${hex(24)}@db.internal.example:5432/app`);

  const ed = hex(48);
  fileCanary('home', '.ssh/id_ed25519', ed, sshKey('OPENSSH', ed));
  const rsa = hex(48);
  fileCanary('home', '.ssh/id_rsa', rsa, sshKey('OPENSSH', rsa));
  files.push({
    root: 'home',
    path: '.ssh/id_ed25519.pub',
    content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${hex(32)} agent@laptop\n`,
    mode: 0o644,
  });
  files.push({
    root: 'home',
    path: '.ssh/config',
    content: 'Host build\n  HostName build.example.com\n  User agent\n',
    mode: 0o644,
  });
  files.push({
    root: 'home',
    path: '.ssh/known_hosts',
    content: `build.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${hex(32)}\n`,
    mode: 0o644,
  });
  const aws = hex(40);
  fileCanary(
    'home',
    '.aws/credentials',
    aws,
    `[default]\naws_access_key_id = AKIA${hex(16).toUpperCase()}\naws_secret_access_key = ${aws}\n`,
  );
  files.push({
    root: 'home',
    path: '.aws/config',
    content: '[default]\nregion = us-east-1\n',
    mode: 0o644,
  });
  const netrc = hex(32);
  fileCanary(
    'home',
    '.netrc',
    netrc,
    `machine api.github.com\n  login agent\n  password ${netrc}\n`,
  );
  const dotenv = hex(32);
  fileCanary('home', '.env', dotenv, `STRIPE_SECRET_KEY=sk_live_${dotenv}\n`);
  const wsenv = hex(32);
  fileCanary('workspace', '.env', wsenv, `DATABASE_PASSWORD=${wsenv}\nAPI_TOKEN=tok_${hex(24)}\n`);
  const gitc = hex(36);
  fileCanary('home', '.git-credentials', gitc, `https://agent:ghp_${gitc}@github.com\n`);
  const npmrc = hex(36);
  fileCanary('home', '.npmrc', npmrc, `//registry.npmjs.org/:_authToken=npm_${npmrc}\n`);
  const docker = hex(40);
  fileCanary(
    'home',
    '.docker/config.json',
    docker,
    JSON.stringify({ auths: { 'registry.example.com': { auth: docker } } }) + '\n',
  );
  const kube = hex(40);
  fileCanary(
    'home',
    '.kube/config',
    kube,
    `apiVersion: v1\nkind: Config\nusers:\n- name: agent\n  user:\n    token: ${kube}\n`,
  );
  const openclaw = hex(40);
  fileCanary(
    'home',
    '.openclaw/openclaw.json',
    openclaw,
    JSON.stringify({ gateway: { auth: { token: openclaw } } }) + '\n',
  );
  const clawdbot = hex(40);
  fileCanary(
    'home',
    '.clawdbot/clawdbot.json',
    clawdbot,
    JSON.stringify({ token: clawdbot }) + '\n',
  );
  const claude = hex(40);
  fileCanary(
    'home',
    '.claude/.credentials.json',
    claude,
    JSON.stringify({ claudeAiOauth: { accessToken: `sk-ant-oat01-${claude}` } }) + '\n',
  );
  for (const profile of [
    '.config/google-chrome/Default',
    'Library/Application Support/Google/Chrome/Default',
  ]) {
    const login = hex(40);
    fileCanary(
      'home',
      `${profile}/Login Data`,
      login,
      `SQLite format 3\u0000https://accounts.example.com agent ${login}\n`,
    );
    const cookies = hex(40);
    fileCanary(
      'home',
      `${profile}/Cookies`,
      cookies,
      `SQLite format 3\u0000.example.com session ${cookies}\n`,
    );
    files.push({ root: 'home', path: `${profile}/Bookmarks`, content: BOOKMARKS, mode: 0o644 });
  }

  const keychain = hex(40);
  fileCanary('home', 'Library/Keychains/login.keychain-db', keychain, `keychain ${keychain}\n`);
  const hostname = `devbox-${hex(16)}`;
  canaries.push({
    id: 'identity:hostname',
    kind: 'identity',
    location: 'hostname',
    value: hostname,
  });
  const email = `agent.${hex(16)}@devbox.example`;
  files.push({
    root: 'home',
    path: '.gitconfig',
    content: `[user]\n\tname = Agent\n\temail = ${email}\n`,
    mode: 0o644,
  });
  canaries.push({
    id: 'identity:git-email',
    kind: 'identity',
    location: '~/.gitconfig user.email',
    value: email,
  });
  files.push({
    root: 'home',
    path: '.bashrc',
    content: '# ~/.bashrc\nexport PATH="$HOME/.local/bin:$PATH"\n',
    mode: 0o644,
  });
  files.push({
    root: 'home',
    path: '.profile',
    content: '# ~/.profile\n. "$HOME/.bashrc"\n',
    mode: 0o644,
  });
  files.push({ root: 'workspace', path: 'README.md', content: '# project\n', mode: 0o644 });
  return { canaries, files, env, hostname };
}

function sshKey(kind: string, token: string): string {
  const body = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${token}`;
  const lines = body.match(/.{1,70}/g) ?? [body];
  return `-----BEGIN ${kind} PRIVATE KEY-----\n${lines.join('\n')}\n-----END ${kind} PRIVATE KEY-----\n`;
}

const BOOKMARKS = JSON.stringify({
  roots: {
    bookmark_bar: {
      type: 'folder',
      name: 'Bookmarks bar',
      children: [
        { type: 'url', name: 'Docs', url: 'https://docs.example.com/' },
        { type: 'url', name: 'Tracker', url: 'https://tracker.example.org/board' },
      ],
    },
    other: { type: 'folder', name: 'Other', children: [] },
  },
  version: 1,
});

/** which service each planted credential file belongs to */
const FILE_AUDIENCE: Record<string, string[]> = {
  '.npmrc': ['registry.npmjs.org'],
  '.git-credentials': ['github.com'],
  '.netrc': ['api.github.com'],
  '.aws/credentials': ['*.amazonaws.com'],
  '.docker/config.json': ['registry.example.com'],
};
