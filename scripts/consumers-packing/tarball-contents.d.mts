// Types of tarball-contents.mjs.

/** Files every package must carry at its root. */
export const requiredFiles: readonly string[];

/** Problems with an unpacked package's contents; empty when it is clean. */
export function checkTarballContents(root: string, files: string[]): Promise<string[]>;
