// `x-search`: a case-insensitive substring search over the record fields a rule names.

import type { SearchRule } from '@hwcloud-directory/protocol';
import type { Selection } from '../directory/selection.js';

export { fold } from '../directory/fold.js';

/**
 * Narrows a selection by a free-text key over the fields `x-search` names: a case-insensitive
 * substring match on any one of them (never across two), answered by the table's text index.
 * An absent or empty key keeps every record. `aliases` maps a spec field name to the record's
 * own field name (e.g. account -> userAccount).
 */
export function searchSelection<T extends object>(selection: Selection<T>, search: SearchRule, key: unknown, aliases: Readonly<Record<string, string>> = {}): Selection<T> {
  if (typeof key !== 'string' || key === '') return selection;
  return selection.matching(
    search.fields.map((f) => aliases[f] ?? f),
    key,
  );
}
