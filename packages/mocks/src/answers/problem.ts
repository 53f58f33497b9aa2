// Failures as values. Every way a request can fail (authentication, validation, an operation's
// rule, a defect of the mock, a forced scenario) is a Problem; negotiate.ts is the one place that
// turns it into an HTTP status, a vendor code and the error body of the operation's family.

import { message, type Language } from './messages.js';

/** What went wrong, whatever the API: the negotiator picks each API's vendor code for it. */
export type ProblemKind =
  /** A parameter or the body breaks the spec or a rule of the operation (400). */
  | 'invalid'
  /** The access token, IAM token or AK/SK signature is missing, unknown or expired (401). */
  | 'token-rejected'
  /** A login's credentials do not match (401). */
  | 'login-failed'
  /** The caller may not do this (403). */
  | 'forbidden'
  /** The record asked for does not exist (the Meeting API answers 400). */
  | 'not-found'
  /** The account is disabled (412). */
  | 'disabled'
  /** The account is locked after too many failed logins (423). */
  | 'locked'
  /** The mock itself failed (500). */
  | 'server-error';

/** A failure to answer with. `message` is sent as it is: it says what was wrong and never holds a secret. */
export type Problem =
  | { readonly kind: ProblemKind; readonly message: string }
  /** Scenario `error()`: this status, and this code or the spec's code for the status. */
  | { readonly kind: 'forced'; readonly status: number; readonly code?: string | undefined; readonly message: string }
  /** Scenario `envelopeError()`: a legacy failure answered with HTTP 200 and `data: null`. */
  | { readonly kind: 'envelope-failure'; readonly code: string; readonly message: string }
  /** Refused at the HTTP level before the operation runs (405 method, 413 body too large): this status, code `MOCK.<status>`. */
  | { readonly kind: 'http-refusal'; readonly status: number; readonly message: string };

/** A problem of a kind, with the message to send. */
export function problem(kind: ProblemKind, message: string): Problem {
  return { kind, message };
}

/**
 * A parameter problem, worded as the vendor words it, in `language` (English by default).
 * @example invalidParameter('limit must be <= 500, got 501') // message 'Invalid parameter: limit must be <= 500, got 501.'
 */
export function invalidParameter(detail: string, language: Language = 'en-US'): Problem {
  return { kind: 'invalid', message: message(language, 'invalidParameter', detail) };
}

/** A failed login, worded as the vendor words it, in `language`; `detail` says which check failed, never with the secret. */
export function loginFailed(detail: string, language: Language = 'en-US'): Problem {
  return { kind: 'login-failed', message: message(language, 'loginFailed', detail) };
}

/**
 * A refusal at the HTTP level, answered with this status in the family's error body with code
 * `MOCK.<status>` (the vendor documents no code for it).
 * @example httpRefusal(413, 'the request body is larger than 1048576 bytes') // 413 MOCK.413
 */
export function httpRefusal(status: number, detail: string): Problem {
  return { kind: 'http-refusal', status, message: detail };
}

/** Tells a problem from an operation's other results (which have no `kind`). */
export function isProblem(value: object): value is Problem {
  return 'kind' in value;
}
