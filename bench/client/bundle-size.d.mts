// Types of bundle-size.mjs.

/** The size budget of every bench app, min+gzip: 5 kB. */
export declare const BUDGET: number;

/** Bundles `entry` as a browser app (optionally with other generated operations tables, by API) and measures it. */
export declare function bundleSize(entry: string, options?: { alias?: Record<string, string>; tables?: Record<string, string> }): Promise<{ min: number; gzip: number }>;
