import { errorCodes } from '../generated/operations.js';

/** The vendor error codes the mocks answer with; each must be listed in the spec's x-error-codes. */
export const MEETING_CODES = {
  invalidParameter: 'USG.000000001',
  invalidToken: 'USG.000000004',
  forbidden: 'USG.000000005',
  authenticationFailed: 'USG.000000007',
  accountDisabled: 'USG.000000012',
  accountLocked: 'USG.000000013',
  serverError: 'USG.000000099',
  userNotFound: 'USG.201040000',
} as const;

/** BSS (and its API gateway) error codes. */
export const BSS_CODES = {
  invalidParameter: 'CBC.0100',
  authenticationFailed: 'APIGW.0301',
  forbidden: 'CBC.0151',
  serverError: 'CBC.0999',
} as const;

/** Success code of the legacy returnCode envelope. */
export const LEGACY_SUCCESS = '000000000';

/** HTTP status the spec gives a vendor code (x-error-codes). */
export function statusOfCode(api: 'meeting' | 'bss', code: string): number {
  const entry = errorCodes[api].find((e) => e.code === code);
  if (!entry) throw new Error(`error code ${code} is not in the ${api} spec's x-error-codes`);
  return entry.status;
}

/** The code the spec lists for an HTTP status (the first one), for forced errors without a code. */
export function codeOfStatus(api: 'meeting' | 'bss', status: number): string | undefined {
  const preferred = Object.values(api === 'bss' ? BSS_CODES : MEETING_CODES) as string[];
  const entries = errorCodes[api].filter((e) => e.status === status);
  return (entries.find((e) => preferred.includes(e.code)) ?? entries[0])?.code;
}
