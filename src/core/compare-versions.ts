/**
 * The one version comparison, for app versions (backups) and toolkit versions
 * (next reviews). Semantic-versioning precedence: major, minor and patch
 * compare as numbers (1.10.0 is newer than 1.9.0); a pre-release is older
 * than its release (1.2.3-beta < 1.2.3), and pre-releases compare part by
 * part (numbers as numbers, below words); build metadata (+…) is ignored.
 * A string that is not a version counts as older than every version.
 */
const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

interface Version {
  release: number[];
  preRelease: string[];
}

function parse(version: string): Version | null {
  const match = VERSION.exec(version.trim());
  if (!match) return null;
  return { release: match.slice(1, 4).map(Number), preRelease: match[4] ? match[4].split('.') : [] };
}

function comparePreReleasePart(a: string, b: string): number {
  const aIsNumber = /^\d+$/.test(a);
  const bIsNumber = /^\d+$/.test(b);
  if (aIsNumber && bIsNumber) return Math.sign(Number(a) - Number(b));
  if (aIsNumber !== bIsNumber) return aIsNumber ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePreRelease(a: readonly string[], b: readonly string[]): number {
  // No pre-release at all is the release itself, newer than any of its pre-releases.
  if (a.length === 0 || b.length === 0) return Math.sign(b.length - a.length);
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = comparePreReleasePart(a[index]!, b[index]!);
    if (difference !== 0) return difference;
  }
  return Math.sign(a.length - b.length);
}

/** Negative when `a` is older than `b`, positive when newer, 0 when the same. */
export function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return (left ? 1 : 0) - (right ? 1 : 0);
  for (let index = 0; index < 3; index += 1) {
    const difference = Math.sign(left.release[index]! - right.release[index]!);
    if (difference !== 0) return difference;
  }
  return comparePreRelease(left.preRelease, right.preRelease);
}
