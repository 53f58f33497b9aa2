import type { OperationDescription } from '../spec/operation-description.js';

/** Formats a time as the legacy envelope's achievementTime (`YYYY-MM-DD HH:mm:ss.SSS`, UTC). */
export function achievementTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * The error body of an operation's family: Meeting `{error_code, error_msg, request_id}`,
 * BSS `{error_code, error_msg}`, or the legacy `returnCode` envelope.
 */
export function errorBody(family: OperationDescription['family'], code: string, message: string, requestId: string, now: number): Record<string, unknown> {
  const text = message.length > 1024 ? `${message.slice(0, 1021)}...` : message;
  switch (family) {
    case 'bss':
      return { error_code: code, error_msg: text };
    case 'legacy':
      return { returnCode: code, returnMessage: text, achievementTime: achievementTime(now), requestId };
    default:
      return { error_code: code, error_msg: text, request_id: requestId };
  }
}
