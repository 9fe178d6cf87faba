/** Capabilities in plain words, and what changed between two versions. */
import type { Capabilities, EnvEntry } from '../api/types.js';

export type CapabilityKind = 'network' | 'fs' | 'exec' | 'env';

export interface CapabilityItem {
  kind: CapabilityKind;
  /** stable identity for diffs (`network:api.example.com`, `fs.read:./data/**`) */
  key: string;
  text: string;
}

function hostWords(entry: string): string {
  const m = /^(.*?)(?::(\d+|\*))?$/.exec(entry);
  const host = m?.[1] ?? entry;
  const port = m?.[2];
  let h: string;
  if (host === '*') h = 'any host';
  else if (host.startsWith('*.')) h = `any host under ${host.slice(2)}`;
  else h = host;
  if (!port || port === '*') return h;
  return `${h} on port ${port}`;
}

function orList(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1] ?? ''}`;
}

function envItem(e: EnvEntry): CapabilityItem {
  if (typeof e === 'string') return { kind: 'env', key: `env:${e}`, text: `can read env var ${e}` };
  const hosts = [...e.hosts].sort();
  return {
    kind: 'env',
    key: `env:${e.name}->${hosts.join(',')}`,
    text: `can read env var ${e.name}, sent only to ${hosts.length === 1 ? 'host' : 'hosts'} ${orList(hosts.map(hostWords))}`,
  };
}

const uniqSorted = (xs: string[] | undefined): string[] => [...new Set(xs ?? [])].sort();

export function capabilityItems(c: Capabilities | undefined): CapabilityItem[] {
  return [
    ...uniqSorted(c?.network).map((h): CapabilityItem => ({
      kind: 'network',
      key: `network:${h}`,
      text: `can connect to ${hostWords(h)}`,
    })),
    ...uniqSorted(c?.fs?.read).map((p): CapabilityItem => ({
      kind: 'fs',
      key: `fs.read:${p}`,
      text: `can read ${p}`,
    })),
    ...uniqSorted(c?.fs?.write).map((p): CapabilityItem => ({
      kind: 'fs',
      key: `fs.write:${p}`,
      text: `can write ${p}`,
    })),
    ...uniqSorted(c?.exec).map((b): CapabilityItem => ({
      kind: 'exec',
      key: `exec:${b}`,
      text: `can run ${b}`,
    })),
    ...[...(c?.env ?? [])].map(envItem).sort((a, b) => a.key.localeCompare(b.key)),
  ];
}

export function capabilityCounts(c: Capabilities | undefined): Record<CapabilityKind, number> {
  const out: Record<CapabilityKind, number> = { network: 0, fs: 0, exec: 0, env: 0 };
  for (const item of capabilityItems(c)) out[item.kind]++;
  return out;
}

export interface CapabilityChange {
  added: CapabilityItem[];
  removed: CapabilityItem[];
}

export function diffCapabilityItems(
  prev: Capabilities | undefined,
  next: Capabilities | undefined,
): CapabilityChange {
  const a = capabilityItems(prev);
  const b = capabilityItems(next);
  const ak = new Set(a.map((x) => x.key));
  const bk = new Set(b.map((x) => x.key));
  return { added: b.filter((x) => !ak.has(x.key)), removed: a.filter((x) => !bk.has(x.key)) };
}

export const KIND_LABEL: Record<CapabilityKind, string> = {
  network: 'network',
  fs: 'files',
  exec: 'programs',
  env: 'env vars',
};
