import type { FilterExtension } from '../spec/operation-description.js';
import { fold } from './search.js';

/** A request parameter that breaks a filter's rule (e.g. a fuzzy term with a space). */
export class FilterParameterError extends Error {
  constructor(readonly param: string, message: string) {
    super(message);
    this.name = 'FilterParameterError';
  }
}

/** What filters need besides the parameters. */
export interface FilterContext {
  /** Department codes of a department and, when asked, its descendants. */
  departmentCodes(deptCode: string, includeSubDepartments: boolean): ReadonlySet<string>;
}

function compile(filter: FilterExtension, params: Readonly<Record<string, unknown>>, context: FilterContext, aliases: Readonly<Record<string, string>>): ((record: Record<string, unknown>) => boolean) | null {
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
        if (term.includes(forbidden)) throw new FilterParameterError(filter.param, `${filter.param} cannot contain ${JSON.stringify(forbidden)} in a fuzzy search, got ${JSON.stringify(term)}`);
      }
      const needle = fold(term);
      return (record) => typeof record[field] === 'string' && fold(record[field] as string).includes(needle);
    }
    default:
      throw new Error(`x-filters: unknown match "${String((filter as FilterExtension).match)}"`);
  }
}

/**
 * Applies an operation's `x-filters` to records: exact matches, department subtrees,
 * always-excluded values, and exact-or-fuzzy name matches, each as the extension describes
 * (ignored values, empty values, the `""` literal).
 * @throws FilterParameterError when a parameter breaks a filter's rule
 */
export function filterRecords<T extends object>(
  records: readonly T[],
  filters: readonly FilterExtension[],
  params: Readonly<Record<string, unknown>>,
  context: FilterContext,
  aliases: Readonly<Record<string, string>> = {},
): readonly T[] {
  const predicates = filters.map((f) => compile(f, params, context, aliases)).filter((p) => p !== null);
  if (predicates.length === 0) return records;
  return records.filter((record) => predicates.every((p) => p(record as Record<string, unknown>)));
}
