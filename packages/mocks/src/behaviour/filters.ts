// `x-filters`: the exact, department, exclude and exact-or-fuzzy filters of list operations,
// applied to records as each filter rule describes them.

import type { FilterRule } from '@hwcloud-directory/protocol';
import { fold } from './search.js';

/** A request parameter that breaks a filter's rule (e.g. a fuzzy term with a space). */
export interface FilterRejection {
  readonly rejected: true;
  /** The parameter at fault. */
  readonly param: string;
  /** The character a fuzzy term may not contain. */
  readonly forbidden: string;
  /** The term sent. */
  readonly term: string;
}

/** What filters need besides the parameters. */
export interface FilterContext {
  /** Department codes of a department and, when asked, its descendants. */
  departmentCodes(deptCode: string, includeSubDepartments: boolean): ReadonlySet<string>;
}

type RecordPredicate = (record: Record<string, unknown>) => boolean;

function compile(filter: FilterRule, params: Readonly<Record<string, unknown>>, context: FilterContext, aliases: Readonly<Record<string, string>>): RecordPredicate | FilterRejection | null {
  const field = aliases[filter.field] ?? filter.field;
  if (filter.match === 'exclude') return (record) => record[field] !== filter.value;
  if (filter.param === undefined) return null;
  const value = params[filter.param];
  if (value === undefined || value === null) return null;
  if (filter.ignoreValue !== undefined && value === filter.ignoreValue) return null;
  if (filter.ignoreEmpty && value === '') return null;
  const wanted = filter.emptyLiteral !== undefined && value === filter.emptyLiteral ? '' : value;
  switch (filter.match) {
    case 'exact':
      return (record) => record[field] === wanted;
    case 'department': {
      const subtree = filter.subtreeParam === undefined ? true : params[filter.subtreeParam] !== false;
      const codes = context.departmentCodes(String(wanted), subtree);
      return (record) => codes.has(String(record[field]));
    }
    case 'exactOrFuzzy': {
      const fuzzy = filter.fuzzyParam !== undefined && Number(params[filter.fuzzyParam]) === 1 && wanted !== '';
      if (!fuzzy) return (record) => record[field] === wanted;
      const term = String(wanted);
      for (const forbidden of filter.fuzzyForbids ?? '') {
        if (term.includes(forbidden)) return { rejected: true, param: filter.param, forbidden, term };
      }
      const needle = fold(term);
      return (record) => typeof record[field] === 'string' && fold(record[field] as string).includes(needle);
    }
    default:
      throw new Error(`x-filters: unknown match "${String((filter as FilterRule).match)}"`);
  }
}

/**
 * Applies an operation's `x-filters` to records: exact matches, department subtrees,
 * always-excluded values, and exact-or-fuzzy name matches, each as the rule describes
 * (ignored values; an empty value is no filter with `ignoreEmpty`, else a filter for empty
 * fields, in fuzzy mode too; an `emptyLiteral`). `aliases` maps a spec field name to the
 * record's own field name.
 * @returns the matching records, or the rejection of a parameter that breaks a rule
 */
export function filterRecords<T extends object>(
  records: readonly T[],
  filters: readonly FilterRule[],
  params: Readonly<Record<string, unknown>>,
  context: FilterContext,
  aliases: Readonly<Record<string, string>> = {},
): readonly T[] | FilterRejection {
  const predicates: RecordPredicate[] = [];
  for (const filter of filters) {
    const compiled = compile(filter, params, context, aliases);
    if (compiled === null) continue;
    if (typeof compiled !== 'function') return compiled;
    predicates.push(compiled);
  }
  if (predicates.length === 0) return records;
  return records.filter((record) => predicates.every((p) => p(record as Record<string, unknown>)));
}
