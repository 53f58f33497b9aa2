export { createDirectory, type Directory, type DirectoryOptions } from './directory/create-directory.js';
export type * from './directory/records.js';
