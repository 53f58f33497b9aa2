// `x-filters`: the exact, department, exclude and exact-or-fuzzy filters of list operations,
// applied to a selection of records as each filter rule describes them.

import type { FilterRule } from '@hwcloud-directory/protocol';
import type { Selection } from '../directory/selection.js';

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
  /** Department codes of a department and, when asked, its descendants; null when they are every department (no filter). */
  departmentCodes(deptCode: string, includeSubDepartments: boolean): readonly string[] | null;
}

type Step<T extends object> = (selection: Selection<T>) => void;
type Field<T> = keyof T & string;

function compile<T extends object>(filter: FilterRule, params: Readonly<Record<string, unknown>>, context: FilterContext, aliases: Readonly<Record<string, string>>): Step<T> | FilterRejection | null {
  const field = (aliases[filter.field] ?? filter.field) as Field<T>;
  // `anyOf` (searchUsers' userType[], searchCorpDir's searchScope) is newer than the protocol's FilterRule type.
  const match: string = filter.match;
  if (match === 'anyOf') return anyOf(filter as AnyOfRule, field, params);
  if (filter.match === 'exclude') return (s) => s.whereNot(field, [filter.value]);
  if (filter.param === undefined) return null;
  const value = params[filter.param];
  if (value === undefined || value === null) return null;
  if (filter.ignoreValue !== undefined && value === filter.ignoreValue) return null;
  if (filter.ignoreEmpty && value === '') return null;
  const wanted = filter.emptyLiteral !== undefined && value === filter.emptyLiteral ? '' : value;
  switch (filter.match) {
    case 'exact':
      // An array parameter (e.g. `userType=2&userType=12`) matches any of its values.
      return (s) => s.whereEquals(field, Array.isArray(wanted) ? wanted : [wanted]);
    case 'department': {
      const subtree = filter.subtreeParam === undefined ? true : params[filter.subtreeParam] !== false;
      const codes = context.departmentCodes(String(wanted), subtree);
      return codes === null ? null : (s) => s.whereEquals(field, codes);
    }
    case 'exactOrFuzzy': {
      const fuzzy = filter.fuzzyParam !== undefined && Number(params[filter.fuzzyParam]) === 1 && wanted !== '';
      if (!fuzzy) return (s) => s.whereEquals(field, [wanted]);
      const term = String(wanted);
      for (const forbidden of filter.fuzzyForbids ?? '') {
        if (term.includes(forbidden)) return { rejected: true, param: filter.param, forbidden, term };
      }
      return (s) => s.matching([field], term);
    }
    default:
      throw new Error(`x-filters: unknown match "${String((filter as FilterRule).match)}"`);
  }
}

/** An `anyOf` filter: the record's field is one of the parameter's values, each mapped through `valueMap` when given. */
type AnyOfRule = FilterRule & { readonly valueMap?: Readonly<Record<string, readonly unknown[]>> };

function anyOf<T extends object>(filter: AnyOfRule, field: Field<T>, params: Readonly<Record<string, unknown>>): Step<T> | null {
  if (filter.param === undefined) return null;
  const value = params[filter.param];
  if (value === undefined || value === null) return null;
  if (filter.ignoreValue !== undefined && value === filter.ignoreValue) return null;
  if (filter.ignoreEmpty && value === '') return null;
  const sent = Array.isArray(value) ? value : [value];
  const wanted = filter.valueMap ? sent.flatMap((v) => filter.valueMap?.[String(v)] ?? [v]) : sent;
  return (s) => s.whereEquals(field, wanted);
}

/**
 * Applies an operation's `x-filters` to a selection: exact matches (any of an array's values),
 * any-of matches (through a value map), department subtrees, always-excluded values, and
 * exact-or-fuzzy name matches, each as the rule
 * describes (ignored values; an empty value is no filter with `ignoreEmpty`, else a filter for
 * empty fields, in fuzzy mode too; an `emptyLiteral`). Indexed fields filter by their index.
 * `aliases` maps a spec field name to the record's own field name.
 * @returns the narrowed selection, or the rejection of a parameter that breaks a rule (then nothing is applied)
 */
export function filterSelection<T extends object>(
  selection: Selection<T>,
  filters: readonly FilterRule[],
  params: Readonly<Record<string, unknown>>,
  context: FilterContext,
  aliases: Readonly<Record<string, string>> = {},
): Selection<T> | FilterRejection {
  const steps: Step<T>[] = [];
  for (const filter of filters) {
    const compiled = compile<T>(filter, params, context, aliases);
    if (compiled === null) continue;
    if (typeof compiled !== 'function') return compiled;
    steps.push(compiled);
  }
  for (const step of steps) step(selection);
  return selection;
}
