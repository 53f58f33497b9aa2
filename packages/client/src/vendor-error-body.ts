// Reading the three error body shapes the vendor returns.

/** Code, message and request id found in a vendor error body. */
export interface VendorErrorDetails {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

/** The legacy REST API's success code. */
export const LEGACY_SUCCESS_CODE = '000000000';

/**
 * Reads a parsed error body: Meeting `{error_code, error_msg, request_id}`, BSS
 * `{error_code, error_msg}` or the legacy envelope `{returnCode, returnMessage, requestId}`.
 * Returns an empty object for anything else.
 */
export function readVendorError(body: unknown): VendorErrorDetails {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  if ('error_code' in record || 'error_msg' in record) {
    return { code: text(record.error_code), message: text(record.error_msg), requestId: text(record.request_id) };
  }
  if ('returnCode' in record) {
    return { code: text(record.returnCode), message: text(record.returnMessage), requestId: text(record.requestId) };
  }
  return {};
}

/** True when `body` is a legacy envelope whose `returnCode` reports a failure. */
export function isLegacyFailure(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('returnCode' in body)) return false;
  return (body as { returnCode: unknown }).returnCode !== LEGACY_SUCCESS_CODE;
}
