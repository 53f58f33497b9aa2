// `x-search`: a case-insensitive substring search over the record fields a rule names.

import type { SearchRule } from '@hwcloud-directory/protocol';

/** Haystacks per search rule and per source array (arrays are stable until their collection changes). */
const haystacks = new WeakMap<object, WeakMap<readonly object[], string[]>>();

/** Lower-cases for case-insensitive matching (locale-independent; Han text is unchanged). */
export function fold(text: string): string {
  return text.toLowerCase();
}

/**
 * Filters records by a free-text key over the fields `x-search` names: a case-insensitive
 * substring match on any of them. An absent or empty key matches every record.
 * `aliases` maps a spec field name to the record's own field name (e.g. account -> userAccount).
 */
export function searchRecords<T extends object>(records: readonly T[], search: SearchRule, key: unknown, aliases: Readonly<Record<string, string>> = {}): readonly T[] {
  if (typeof key !== 'string' || key === '') return records;
  const needle = fold(key);
  let byArray = haystacks.get(search);
  if (!byArray) haystacks.set(search, (byArray = new WeakMap()));
  let texts = byArray.get(records);
  if (!texts) {
    const fields = search.fields.map((f) => aliases[f] ?? f);
    texts = records.map((record) =>
      fields
        .map((f) => (record as Record<string, unknown>)[f])
        .filter((v) => v !== null && v !== undefined)
        .map((v) => fold(String(v)))
        .join('\u0000'),
    );
    byArray.set(records, texts);
  }
  const found: T[] = [];
  for (let i = 0; i < records.length; i++) if ((texts[i] as string).includes(needle)) found.push(records[i] as T);
  return found;
}
