import type { SearchExtension } from '../spec/operation-description.js';

const haystacks = new WeakMap<object, WeakMap<object, string>>();

/** Lower-cases for case-insensitive matching (locale-independent; Han text is unchanged). */
export function fold(text: string): string {
  return text.toLowerCase();
}

/**
 * Filters records by a free-text key over the fields `x-search` names: a case-insensitive
 * substring match on any of them. An absent or empty key matches every record.
 * `aliases` maps a spec field name to the record's own field name (e.g. account -> userAccount).
 */
export function searchRecords<T extends object>(records: readonly T[], search: SearchExtension, key: unknown, aliases: Readonly<Record<string, string>> = {}): readonly T[] {
  if (typeof key !== 'string' || key === '') return records;
  const needle = fold(key);
  let cache = haystacks.get(search);
  if (!cache) haystacks.set(search, (cache = new WeakMap()));
  const fields = search.fields.map((f) => aliases[f] ?? f);
  const store = cache;
  return records.filter((record) => {
    let haystack = store.get(record);
    if (haystack === undefined) {
      haystack = fields
        .map((f) => (record as Record<string, unknown>)[f])
        .filter((v) => v !== null && v !== undefined)
        .map((v) => fold(String(v)))
        .join('\u0000');
      store.set(record, haystack);
    }
    return haystack.includes(needle);
  });
}
