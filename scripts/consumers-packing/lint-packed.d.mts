// Types of lint-packed.mjs.

/** publint on a tarball (warnings counted as errors); suggestions apart. */
export function publintTarball(tarball: string): Promise<{ problems: string[]; suggestions: string[] }>;

/** Export subpaths that name data files, not modules. */
export function assetEntrypoints(manifest: { exports?: unknown }): string[];

/** attw --profile esm-only on a tarball; attw's report when it finds a problem, else empty. */
export function attwTarball(tarball: string, manifest?: { exports?: unknown }): Promise<string[]>;
