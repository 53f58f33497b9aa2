/** Types for site-map.mjs, so TypeScript tests can import it. */
export declare const GUIDES: ReadonlyArray<{ slug: string; title: string; summary: string }>;
export declare const APIS: ReadonlyArray<{ api: string; title: string; short: string; summary: string }>;
