import { createHash } from 'node:crypto';

/**
 * A short hash of a file's content, for file names that change whenever the content does, so
 * that such files can be cached for good (`assets/redoc/redoc-3.0.1.<hash>.js`).
 * @param {string | Buffer} content
 * @returns {string} 10 hex digits
 */
export function contentHash(content) {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}
