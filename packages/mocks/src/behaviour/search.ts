// `x-search`: a case-insensitive substring search over the record fields a rule names.

import type { SearchRule } from '@hwcloud-directory/protocol';

/**
 * Folded field texts per search rule and per source array (arrays are stable until their
 * collection changes): record `i`'s field `j` is at `i * fields.length + j`, '' when absent.
 * Each field is matched on its own, so a key can never match across two fields.
 */
const haystacks = new WeakMap<object, WeakMap<readonly object[], string[]>>();

/** Lower-cases for case-insensitive matching (locale-independent; Han text is unchanged). */
export function fold(text: string): string {
  return text.toLowerCase();
}

/**
 * Filters records by a free-text key over the fields `x-search` names: a case-insensitive
 * substring match on any one of them (never across two). An absent or empty key matches every record.
 * `aliases` maps a spec field name to the record's own field name (e.g. account -> userAccount).
 */
export function searchRecords<T extends object>(records: readonly T[], search: SearchRule, key: unknown, aliases: Readonly<Record<string, string>> = {}): readonly T[] {
  if (typeof key !== 'string' || key === '') return records;
  const needle = fold(key);
  const fields = search.fields.map((f) => aliases[f] ?? f);
  const width = fields.length;
  let byArray = haystacks.get(search);
  if (!byArray) haystacks.set(search, (byArray = new WeakMap()));
  let texts = byArray.get(records);
  if (!texts) {
    texts = new Array<string>(records.length * width);
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as Record<string, unknown>;
      for (let j = 0; j < width; j++) {
        const value = record[fields[j] as string];
        texts[i * width + j] = value === null || value === undefined ? '' : fold(String(value));
      }
    }
    byArray.set(records, texts);
  }
  const found: T[] = [];
  for (let i = 0, at = 0; i < records.length; i++, at += width) {
    for (let j = 0; j < width; j++) {
      if ((texts[at + j] as string).includes(needle)) {
        found.push(records[i] as T);
        break;
      }
    }
  }
  return found;
}
