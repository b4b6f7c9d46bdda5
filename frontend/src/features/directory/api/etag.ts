/** The server's ETag is the record's version as a quoted string ("3"); list rows carry the version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}
