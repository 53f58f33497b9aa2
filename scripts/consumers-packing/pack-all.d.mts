// Types of pack-all.mjs, for the TypeScript consumer tests that call it.

/** The fields of a packed package.json the consumer tests read. */
export interface PackedManifest {
  name: string;
  version: string;
  type?: string;
  license?: string;
  sideEffects?: boolean | string[];
  engines?: Record<string, string>;
  exports?: Record<string, unknown>;
  files?: string[];
  bin?: Record<string, string> | string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** One packed package and what the checks found in it. */
export interface PackedPackageReport {
  name: string;
  version: string;
  tarball: string;
  /** The package.json inside the tarball. */
  manifest: PackedManifest;
  files: string[];
  problems: string[];
  suggestions: string[];
}

/** Absolute directories of the workspace packages listed in the root package.json. */
export function workspacePackageDirs(repoRoot: string): Promise<string[]>;

/** Packs each workspace package into `outDir`, checks it, and writes `outDir/manifest.json`. */
export function packAndCheckAll(repoRoot: string, outDir: string): Promise<PackedPackageReport[]>;
