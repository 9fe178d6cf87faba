/**
 * The version range a skill's package.json declares for a package: the nearest package.json at or
 * above the file (dependencies, devDependencies, optionalDependencies, peerDependencies), so a
 * rule can depend on which major of a library the code runs with (js-yaml 3's `load` builds
 * functions from `!!js/function`, js-yaml 4's does not).
 */
import semver from 'semver';

/** `declares` / `unlessDeclares` of a code rule: the package and the range its versions must fall in */
export interface Declares {
  package: string;
  within: string;
}

const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** the range the nearest package.json above `file` declares for `name` (undefined when none) */
export function declaredRange(
  file: string,
  name: string,
  sibling: ((path: string) => string | undefined) | undefined,
): string | undefined {
  if (!sibling) return undefined;
  const parts = file.split('/').slice(0, -1);
  for (let n = parts.length; n >= 0; n--) {
    const text = sibling([...parts.slice(0, n), 'package.json'].join('/'));
    if (text === undefined) continue;
    let pkg: unknown;
    try {
      pkg = JSON.parse(text);
    } catch {
      return undefined;
    }
    for (const field of FIELDS) {
      const deps = (pkg as Record<string, unknown> | null)?.[field];
      const range = (deps as Record<string, unknown> | undefined)?.[name];
      if (typeof range === 'string') return range;
    }
    return undefined;
  }
  return undefined;
}

/** the declared range admits only versions within `d.within` (an unparsable range: no) */
export function declaresWithin(
  file: string,
  d: Declares,
  sibling: ((path: string) => string | undefined) | undefined,
): boolean {
  const range = declaredRange(file, d.package, sibling);
  if (range === undefined || semver.validRange(range) === null) return false;
  try {
    return semver.subset(range, d.within);
  } catch {
    return false;
  }
}

export function declaresProblem(key: string, v: unknown): string | undefined {
  const d = v as Record<string, unknown> | null;
  if (
    !d ||
    typeof d !== 'object' ||
    typeof d['package'] !== 'string' ||
    typeof d['within'] !== 'string' ||
    Object.keys(d).some((k) => k !== 'package' && k !== 'within')
  )
    return `${key} must be a mapping with package (an npm package name) and within (a semver range such as "<4.0.0")`;
  if (semver.validRange(d['within']) === null)
    return `${key}.within "${d['within']}" is not a semver range`;
  return undefined;
}
