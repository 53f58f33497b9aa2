/** The APIs described: Huawei Cloud Meeting and Huawei Cloud BSS. */
export type ApiName = 'meeting' | 'bss';
export declare const apiNames: readonly ApiName[];
/** Absolute path of a bundled description (JSON by default). */
export declare function specPath(api: ApiName, format?: 'json' | 'yaml'): string;
/** The bundled OpenAPI 3.1 description of an API, parsed. */
export declare function loadSpec(api: ApiName): Record<string, unknown> & { openapi: '3.1.0' };
