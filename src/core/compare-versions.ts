/**
 * Compares two "major.minor.patch" versions numerically (1.10.0 is newer than
 * 1.9.0). Anything after the patch number is ignored; a string that is not a
 * version counts as older than every version.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => /^(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number);
  const left = parts(a);
  const right = parts(b);
  if (!left || !right) return (left ? 1 : 0) - (right ? 1 : 0);
  for (let index = 0; index < 3; index += 1) {
    const difference = left[index]! - right[index]!;
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
