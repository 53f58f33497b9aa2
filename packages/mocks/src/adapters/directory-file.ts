// A team's own directory from a JSON file, for the command's `--directory`.

import { readFileSync } from 'node:fs';
import { createDirectory, type Directory } from '../directory/create-directory.js';
import { DirectoryDataError, type DirectoryData } from '../directory/directory-data.js';

/**
 * A directory holding the records of a JSON file (the shape `GET /__mock/directory` answers
 * with); a reset returns to them. Throws an Error that names the file and says what is wrong:
 * unreadable, not JSON, or the first bad record (`users[3] ("li.lei"): ...`).
 * @example directoryFromFile('./directory.json', 42).users.size
 */
export function directoryFromFile(path: string, seed: number): Directory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'not allowed to read it' : (error as Error).message;
    throw new Error(`cannot read ${path}: ${reason}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON (${(error as Error).message})`);
  }
  try {
    return createDirectory({ seed, data: data as DirectoryData });
  } catch (error) {
    if (error instanceof DirectoryDataError) throw new Error(`${path}: ${error.message}`);
    throw error;
  }
}
