// The `returnCode` envelope of the Meeting API's older REST operations, for success and failure.

import type { MeetingComponents } from '@hwcloud-directory/protocol';

/** The envelope's fields (`returnCode`, `returnMessage`, `achievementTime`, `requestId`). */
export type LegacyEnvelope = MeetingComponents['schemas']['LegacyEnvelope'];

/** Formats a time as the envelope's achievementTime (`YYYY-MM-DD HH:mm:ss.SSS`, UTC). */
export function achievementTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * The envelope around a legacy answer.
 * @example legacyEnvelope(LEGACY_SUCCESS_CODE, 'Success', requestId, now)
 */
export function legacyEnvelope(returnCode: string, returnMessage: string, requestId: string, now: number): Required<LegacyEnvelope> {
  return { returnCode, returnMessage, achievementTime: achievementTime(now), requestId };
}
