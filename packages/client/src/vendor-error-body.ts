// Reading the three error body shapes the vendor returns.

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

/** True when `body` is a legacy envelope whose `returnCode` is not the success code `"000000000"`. */
export function isLegacyFailure(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'returnCode' in body && body.returnCode !== '000000000';
}
