// Types of pack-all.mjs, for the TypeScript consumer tests that call it.

/** One packed package and what the checks found in it. */
export interface PackedPackageReport {
  name: string;
  version: string;
  tarball: string;
  files: string[];
  problems: string[];
  suggestions: string[];
}

/** Absolute directories of the workspace packages listed in the root package.json. */
export function workspacePackageDirs(repoRoot: string): Promise<string[]>;

/** Packs each workspace package into `outDir`, checks it, and writes `outDir/manifest.json`. */
export function packAndCheckAll(repoRoot: string, outDir: string): Promise<PackedPackageReport[]>;
