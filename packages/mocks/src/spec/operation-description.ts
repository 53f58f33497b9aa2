/**
 * Shapes of the operation table that scripts/steps/40-mocks-spec.mjs generates from the
 * bundled specs. The vendor extensions are documented in openapi/README.md.
 */

/** `x-paging`: how an operation pages. */
export interface PagingExtension {
  /** `offset`: the offset counts records from 0; `page`: it counts pages from 1. */
  readonly style: 'offset' | 'page';
  /** Where the paging parameters travel. */
  readonly in: 'query' | 'body';
  readonly offsetParam: string;
  readonly limitParam: string;
  /** Dot path of the items array in the response body. */
  readonly itemsPath: string;
  /** Dot path of the total count in the response body. */
  readonly totalPath: string;
  /** What an offset past the end returns: the last page again, or an empty list. */
  readonly pastEnd: 'lastPage' | 'empty';
}

/** `x-search`: which record fields a free-text parameter searches. */
export interface SearchExtension {
  readonly param: string;
  readonly fields: readonly string[];
  readonly match: 'substring-case-insensitive';
  readonly inferred?: boolean;
}

/** One entry of `x-filters`. */
export interface FilterExtension {
  /** Request parameter; absent for filters that always apply (match `exclude`). */
  readonly param?: string;
  /** Record field the filter compares. */
  readonly field: string;
  readonly match: 'exact' | 'department' | 'exclude' | 'exactOrFuzzy';
  /** This parameter value means "no filter" (e.g. ALL). */
  readonly ignoreValue?: string;
  /** An empty parameter value means "no filter". */
  readonly ignoreEmpty?: boolean;
  /** `department`: the boolean parameter that includes sub-departments. */
  readonly subtreeParam?: string;
  /** `exclude`: records whose field equals this value are never listed. */
  readonly value?: unknown;
  /** `exactOrFuzzy`: the parameter that switches to fuzzy matching when 1. */
  readonly fuzzyParam?: string;
  readonly fuzzyMatch?: 'substring-case-insensitive';
  /** `exactOrFuzzy`: characters a fuzzy term cannot contain. */
  readonly fuzzyForbids?: string;
  /** This literal parameter value filters for the empty string (BSS sends `""`). */
  readonly emptyLiteral?: string;
  readonly note?: string;
}

/** A parameter as the mocks need it to parse the request. */
export interface ParameterDescription {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header' | 'cookie';
  readonly required: boolean;
  readonly type: string;
  /** Allowed values, when the schema lists them. */
  readonly enum?: readonly unknown[];
}

/** One security requirement alternative of an operation. */
export interface SecurityDescription {
  readonly scheme: string;
  readonly type: string;
  readonly in?: string;
  readonly name?: string;
  readonly httpScheme?: string;
}

/** One vendor error code from `x-error-codes`. */
export interface ErrorCodeDescription {
  readonly code: string;
  readonly status: number;
  readonly meaning: string;
  readonly source: 'published' | 'inferred';
}

/** Everything the mocks know about one operation. */
export interface OperationDescription {
  readonly operationId: string;
  readonly api: 'meeting' | 'bss';
  /** Which error body the operation answers with. */
  readonly family: 'meeting' | 'legacy' | 'bss';
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** OpenAPI path template, e.g. `/v1/usg/dcs/corp/member/{account}`. */
  readonly path: string;
  readonly deprecated: boolean;
  readonly parameters: readonly ParameterDescription[];
  readonly bodyRequired: boolean;
  readonly hasBody: boolean;
  readonly bodyTypes: Readonly<Record<string, string>>;
  /** Documented defaults of parameters and body fields, by name: what an absent value means. */
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly security: readonly SecurityDescription[];
  /** Documented HTTP statuses. */
  readonly statuses: readonly number[];
  readonly paging: PagingExtension | null;
  readonly search: SearchExtension | null;
  readonly filters: readonly FilterExtension[];
  /** Names of the compiled validators in generated/request-validators.ts and response-validators.ts. */
  readonly validators: { readonly request: string; readonly responses: Readonly<Record<string, string>> };
}
