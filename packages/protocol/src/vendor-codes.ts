// The vendor's error bodies and the codes both the client and the mocks act on.

/** `returnCode` of a successful legacy envelope: any other value is a failure, even with HTTP 200. */
export const LEGACY_SUCCESS_CODE = '000000000';

/** Meeting code of an invalid or expired access token: the client renews its token on it. */
export const TOKEN_REJECTED_CODE = 'USG.000000004';

/** Code, message and request id found in a vendor error body. */
export interface VendorErrorDetails {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

/**
 * Reads a parsed error body: Meeting `{error_code, error_msg, request_id}`, BSS
 * `{error_code, error_msg}` or the legacy envelope `{returnCode, returnMessage, requestId}`.
 * Fields that are absent, empty or not strings come back `undefined`.
 */
export function readVendorError(body: unknown): VendorErrorDetails {
  const record = ((typeof body === 'object' && body) || {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    code: text(record.error_code ?? record.returnCode),
    message: text(record.error_msg ?? record.returnMessage),
    requestId: text(record.request_id ?? record.requestId),
  };
}

/** True when `body` is a legacy envelope whose `returnCode` is not {@link LEGACY_SUCCESS_CODE}. */
export function isLegacyFailure(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'returnCode' in body && body.returnCode !== LEGACY_SUCCESS_CODE;
}

/**
 * The vendor code an error body carries and the field it is in (`error_code`, or a failed
 * envelope's `returnCode`); undefined for a success body.
 */
export function errorCodeOfBody(body: unknown): { code: string; field: 'error_code' | 'returnCode'; message?: string } | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { error_code, error_msg, returnCode, returnMessage } = body as Record<string, unknown>;
  if (typeof error_code === 'string') return { code: error_code, field: 'error_code', ...(typeof error_msg === 'string' ? { message: error_msg } : {}) };
  if (typeof returnCode === 'string' && isLegacyFailure(body)) return { code: returnCode, field: 'returnCode', ...(typeof returnMessage === 'string' ? { message: returnMessage } : {}) };
  return undefined;
}
