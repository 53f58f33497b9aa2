import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Counts the files under a folder and their total size in bytes. */
export function folderSize(folder) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
