// The operation model: one record per operation of each API, emitted by
// scripts/spec-model/ into generated/<api>.operations.json from the bundled descriptions.
// The mocks' and the client's operation tables, the docs' operation lists, the code samples
// and the test helpers are projections of it. The vendor extensions it carries are
// documented in openapi/README.md.

/** The two APIs. */
export type ApiName = 'meeting' | 'bss';

/** Which error body an operation answers with. */
export type ErrorFamily = 'meeting' | 'legacy' | 'bss';

/** HTTP methods of the operations, upper case. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** The page-size parameter's documented bounds. */
export interface LimitBounds {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: number;
}

/** `x-paging`: how an operation pages, with its page-size bounds. */
export interface PagingRule {
  /** `offset`: the position counts records from 0; `page`: it counts pages from 1. */
  readonly style: 'offset' | 'page';
  /** Whether the position and size go in the query string or the JSON body. */
  readonly in: 'query' | 'body';
  /** Name of the position parameter (`offset`, `pageIndex`). */
  readonly offsetParam: string;
  /** Name of the size parameter (`limit`, `pageSize`). */
  readonly limitParam: string;
  /** Dot path of the item array in the response body (`data`, `data.data`). */
  readonly itemsPath: string;
  /** Dot path of the total item count in the response body (`count`, `data.totalCount`). */
  readonly totalPath: string;
  /** What a position past the end returns: the page-aligned last page again, or nothing. */
  readonly pastEnd: 'lastPage' | 'empty';
  /** Bounds of the page-size parameter. */
  readonly limit: LimitBounds;
}

/** `x-search`: which record fields a free-text parameter searches. */
export interface SearchRule {
  readonly param: string;
  readonly fields: readonly string[];
  readonly match: 'substring-case-insensitive';
  /** True when the vendor does not document the fields and they are inferred. */
  readonly inferred?: boolean;
}

/** One entry of `x-filters`. */
export interface FilterRule {
  /** Request parameter; absent for filters that always apply (match `exclude`). */
  readonly param?: string;
  /** Record field the filter compares. */
  readonly field: string;
  readonly match: 'exact' | 'department' | 'exclude' | 'exactOrFuzzy' | 'anyOf';
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
  /** `anyOf`: each parameter value and the record values it stands for. */
  readonly valueMap?: Readonly<Record<string, readonly unknown[]>>;
  /** An absent parameter filters by its schema default instead of not filtering. */
  readonly defaultApplies?: boolean;
  readonly note?: string;
}

/** A parameter: where it travels, its scalar type and allowed values. */
export interface ParameterModel {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header' | 'cookie';
  readonly required: boolean;
  /** JSON Schema type of the value (`string`, `integer`, `boolean`, `array`, ...). */
  readonly type: string;
  /** `array` parameters: the JSON Schema type of each item (repeated as `name=a&name=b` in a query). */
  readonly itemType?: string;
  /** An empty value (`name=` or the bare key) counts as absent, so the schema default applies. */
  readonly allowEmptyValue?: boolean;
  /** Allowed values, when the schema lists them. */
  readonly enum?: readonly unknown[];
}

/** One security scheme an operation accepts. */
export interface SecurityModel {
  /** Name in `components.securitySchemes`. */
  readonly scheme: string;
  readonly type: string;
  readonly in?: string;
  readonly name?: string;
  readonly httpScheme?: string;
  /** The scheme carries login credentials (`x-login`): its operations issue access tokens. */
  readonly login: boolean;
}

/** The JSON request body. */
export interface BodyModel {
  readonly required: boolean;
  /** Scalar type of each top-level field. */
  readonly fields: Readonly<Record<string, string>>;
}

/** One vendor error code of an API (`x-error-codes`), with where it is used. */
export interface ErrorCodeModel {
  readonly code: string;
  readonly status: number;
  readonly meaning: string;
  /** `published` by the vendor, `inferred` by us, or only seen in an `example`. */
  readonly source: 'published' | 'inferred' | 'example';
  /** Body fields that carry it in the examples (`error_code`, `returnCode`). */
  readonly fields: readonly string[];
  /** Operations whose response examples return it. */
  readonly operations: readonly string[];
}

/** Everything known about one operation. */
export interface OperationModel {
  readonly operationId: string;
  readonly api: ApiName;
  readonly method: HttpMethod;
  /** OpenAPI path template, e.g. `/v1/usg/dcs/corp/member/{account}`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  /** Security alternatives, in the spec's order. */
  readonly security: readonly SecurityModel[];
  /** A login: the operation authenticates itself and issues an access token. */
  readonly login: boolean;
  /** The security alternatives include `{}`: a request without any credential is accepted. */
  readonly anonymous: boolean;
  readonly family: ErrorFamily;
  /** True when success is answered in the legacy `returnCode` envelope (failures may come with HTTP 200). */
  readonly envelope: boolean;
  readonly parameters: readonly ParameterModel[];
  readonly body: BodyModel | null;
  /** Documented defaults of parameters and body fields, by name: what an absent value means. */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Documented HTTP statuses. */
  readonly statuses: readonly number[];
  readonly paging: PagingRule | null;
  readonly search: SearchRule | null;
  readonly filters: readonly FilterRule[];
  /** Vendor codes this operation's documented responses return (its examples and its statuses' codes). */
  readonly errorCodes: readonly string[];
}

/** `x-department-tree`: the rules of an enterprise's department tree that the department writes enforce. */
export interface DepartmentTreeRule {
  /** Code of the root department: it always exists, cannot be deleted or moved, has no parent. */
  readonly rootCode: string;
  /** Levels of departments that can be added below the root (the root is level 1). */
  readonly maxLevels: number;
  /** Direct sub-departments one department may have. */
  readonly maxChildren: number;
  /** Departments one enterprise may have, the root included. */
  readonly maxDepartments: number;
  /** The vendor code sent when each rule is broken (each in `x-error-codes`). */
  readonly errors: {
    /** The department, or the parent named, does not exist. */
    readonly notFound: string;
    /** The department code is already used in the enterprise. */
    readonly codeExists: string;
    /** A department to delete still has users or sub-departments. */
    readonly notEmpty: string;
    /** The root department would be deleted or moved. */
    readonly rootProtected: string;
    /** An add or a move would break `maxLevels`, `maxChildren` or `maxDepartments`. */
    readonly limitReached: string;
    /** A department would move under itself or one of its sub-departments. */
    readonly moveIntoOwnSubtree: string;
  };
}

/** The model of one API. */
export interface ApiModel {
  readonly api: ApiName;
  readonly title: string;
  /** Base URL of each region (`servers[].x-region`). */
  readonly servers: Readonly<Record<string, string>>;
  readonly errorCodes: readonly ErrorCodeModel[];
  /** The root `x-department-tree`, when the API has departments (Meeting). */
  readonly departmentTree?: DepartmentTreeRule;
  readonly operations: readonly OperationModel[];
}
