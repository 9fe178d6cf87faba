import type { Capabilities, EnvEntry } from './manifest-schema.js';

/** A stable, sorted form of a capability set: two sets are equal iff their canonical JSON is equal. */
export function canonicalCapabilities(c: Capabilities | undefined): Required<Capabilities> & {
  fs: { read: string[]; write: string[] };
} {
  const sort = (xs: string[] | undefined) => [...new Set(xs ?? [])].sort();
  const env = [...(c?.env ?? [])]
    .map((e): EnvEntry => (typeof e === 'string' ? e : { name: e.name, hosts: sort(e.hosts) }))
    .sort((a, b) => envName(a).localeCompare(envName(b)));
  return {
    network: sort(c?.network),
    fs: { read: sort(c?.fs?.read), write: sort(c?.fs?.write) },
    exec: sort(c?.exec),
    env,
  };
}

export function envName(e: EnvEntry): string {
  return typeof e === 'string' ? e : e.name;
}

export function capabilitiesEqual(
  a: Capabilities | undefined,
  b: Capabilities | undefined,
): boolean {
  return JSON.stringify(canonicalCapabilities(a)) === JSON.stringify(canonicalCapabilities(b));
}

export interface CapabilityDiff {
  added: string[];
  removed: string[];
}

/** Flat, human-readable entries (`network:api.example.com`, `env:TOKEN->api.example.com`). */
export function capabilityEntries(c: Capabilities | undefined): string[] {
  const k = canonicalCapabilities(c);
  return [
    ...k.network.map((h) => `network:${h}`),
    ...k.fs.read.map((p) => `fs.read:${p}`),
    ...k.fs.write.map((p) => `fs.write:${p}`),
    ...k.exec.map((b) => `exec:${b}`),
    ...k.env.flatMap((e) =>
      typeof e === 'string' ? [`env:${e}`] : e.hosts.map((h) => `env:${e.name}->${h}`),
    ),
  ];
}

/** What `next` adds to and drops from `prev` (for upgrade re-consent and the web's version diff). */
export function diffCapabilities(
  prev: Capabilities | undefined,
  next: Capabilities | undefined,
): CapabilityDiff {
  const a = new Set(capabilityEntries(prev));
  const b = new Set(capabilityEntries(next));
  return { added: [...b].filter((x) => !a.has(x)), removed: [...a].filter((x) => !b.has(x)) };
}
