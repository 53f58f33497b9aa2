// The Redocly-generated client exists only while `npm run bench:client` runs (run.mjs
// generates it into a temporary folder and aliases this module name to it); this declares
// the two exports the benchmark apps use, so the repository type-checks without it.
declare module 'redocly-meeting-client' {
  export const OPERATIONS: Record<string, unknown>;
  export function createClient(operations: Record<string, unknown>, config?: Record<string, unknown>): unknown;
}
