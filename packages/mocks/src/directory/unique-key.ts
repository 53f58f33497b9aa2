/**
 * The first of `key`, `key-2`, `key-3`, ... that is not taken. Deterministic: the same taken
 * set always gives the same answer, so seeded directories stay reproducible.
 * @example uniqueKey('li.na4821', (k) => k === 'li.na4821') // 'li.na4821-2'
 */
export function uniqueKey(key: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(key)) return key;
  for (let n = 2; ; n++) {
    const candidate = `${key}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
