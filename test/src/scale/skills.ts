/** Small deterministic skills for the scale tests (packed with the format package's packer). */
import { packFiles } from '@skillgate/format';

export function skill(name: string, version = '1.0.0', files: Record<string, string> = {}): Buffer {
  const manifest = {
    name,
    version,
    description: `scale test skill ${name}`,
    license: 'MIT',
    capabilities: {},
  };
  return packFiles([
    { path: 'skill.json', bytes: Buffer.from(JSON.stringify(manifest)), executable: false },
    {
      path: 'SKILL.md',
      bytes: Buffer.from(
        `---\nname: ${name}\ndescription: ${manifest.description}\n---\n\nSay hi.\n`,
      ),
      executable: false,
    },
    ...Object.entries(files).map(([p, t]) => ({
      path: p,
      bytes: Buffer.from(t),
      executable: p.endsWith('.sh'),
    })),
  ]).tarball;
}
