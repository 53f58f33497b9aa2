// The error body of each family of operations.

import type { BssComponents, ErrorFamily, MeetingComponents } from '@hwcloud-directory/protocol';
import { legacyEnvelope, type LegacyEnvelope } from './legacy-envelope.js';

/** An error body: Meeting, BSS or the legacy envelope. */
export type ErrorBody = MeetingComponents['schemas']['MeetingError'] | BssComponents['schemas']['BssError'] | LegacyEnvelope;

/** Longest error message the specs allow (`error_msg` maxLength). */
const MAX_MESSAGE_LENGTH = 1024;

/**
 * The error body of an operation's family: Meeting `{error_code, error_msg, request_id}`,
 * BSS `{error_code, error_msg}`, or the legacy `returnCode` envelope. Messages longer than
 * the spec allows are cut.
 */
export function errorBody(family: ErrorFamily, code: string, message: string, requestId: string, now: number): ErrorBody {
  const text = message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 3)}...` : message;
  switch (family) {
    case 'bss':
      return { error_code: code, error_msg: text };
    case 'legacy':
      return legacyEnvelope(code, text, requestId, now);
    default:
      return { error_code: code, error_msg: text, request_id: requestId };
  }
}
