// Types of unpack-tarball.mjs.

/** Every file under `dir`, relative, `/`-separated, sorted. */
export function listFiles(dir: string): Promise<string[]>;

/** Extracts a tarball into a new temporary directory. */
export function unpackTarball(tarball: string): Promise<{ root: string; files: string[] }>;
