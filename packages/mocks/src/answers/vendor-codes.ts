// The vendor code each API answers each kind of problem with, and the HTTP status the spec's
// `x-error-codes` gives each code.

import { TOKEN_REJECTED_CODE, type ApiName } from '@hwcloud-directory/protocol';
import { errorCodes } from '../generated/operations.js';
import type { ProblemKind } from './problem.js';

/**
 * The code of each problem kind, per API; each must be in the spec's `x-error-codes`. A kind
 * an API has no code for is answered with that API's `server-error` code.
 */
export const VENDOR_CODES: Readonly<Record<ApiName, Readonly<Partial<Record<ProblemKind, string>>> & { readonly 'server-error': string }>> = {
  meeting: {
    invalid: 'USG.000000001',
    'token-rejected': TOKEN_REJECTED_CODE,
    forbidden: 'USG.000000005',
    'login-failed': 'USG.000000007',
    disabled: 'USG.000000012',
    locked: 'USG.000000013',
    'server-error': 'USG.000000099',
    'not-found': 'USG.201040000',
  },
  // BSS and the API gateway in front of it.
  bss: {
    invalid: 'CBC.0100',
    'token-rejected': 'APIGW.0301',
    'login-failed': 'APIGW.0301',
    forbidden: 'CBC.0151',
    'server-error': 'CBC.0999',
  },
};

/** HTTP status the spec gives a vendor code (`x-error-codes`). */
export function statusOfCode(api: ApiName, code: string): number {
  const entry = errorCodes[api].find((e) => e.code === code);
  if (!entry) throw new Error(`error code ${code} is not in the ${api} spec's x-error-codes`);
  return entry.status;
}

/** The code the spec lists for an HTTP status (one of {@link VENDOR_CODES} first), for forced errors without a code. */
export function codeOfStatus(api: ApiName, status: number): string | undefined {
  const preferred = Object.values(VENDOR_CODES[api]) as string[];
  const entries = errorCodes[api].filter((e) => e.status === status);
  return (entries.find((e) => preferred.includes(e.code)) ?? entries[0])?.code;
}
