// Keeping secrets out of errors: the client's live secrets, by role, and the one function that
// redacts each of them, in every form the client sends it, from every field of an error.

import { encodeBase64 } from '@hwcloud-directory/protocol';

/**
 * The live secrets of one client: the credentials it was created with (IAM token, secret key,
 * password and `account:password`, app key), and for Meeting, first, the access token it
 * logged in for (none until one is issued). A renewed access token takes the place of the one
 * it replaces, so the list never grows.
 */
export type LiveSecrets = (string | undefined)[];

/** Replaces text that must not be shown; identity (`String`) where there is nothing to hide. */
export type Redact = (text: string) => string;

/** Replaces every occurrence of each secret (of 4+ characters) in `text` by `[redacted]`. */
export function redactSecrets(text: string, secrets: Iterable<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.replaceAll(secret, '[redacted]');
  }
  return result;
}

/**
 * The redaction of `secrets` in each form one travels in: as is, base64 of its UTF-8 (the
 * legacy `Basic base64(token)`; `Basic base64(account:password)` with the `basic` role) and
 * URL-encoded; the longest form first, so that no form is left half replaced. Built when an
 * error is, never on a successful call.
 *
 * @example
 * redactor(['tök3n-1']) ('sent dMO2azNuLTE= and t%C3%B6k3n-1') // 'sent [redacted] and [redacted]'
 */
export function redactor(secrets: Iterable<string | undefined>): Redact {
  const forms = [...secrets]
    .flatMap((secret) => (secret ? [secret, encodeBase64(secret), encodeURIComponent(secret)] : []))
    .sort((a, b) => b.length - a.length);
  return (text) => redactSecrets(text, forms);
}

/**
 * What may be kept of a thrown value as an error's `cause`: a string redacted; an Error as an
 * `Error` copy with its name, and its message, stack, `code` and own cause (to a depth of 4)
 * redacted; nothing of any other value.
 */
export function scrubbed(value: unknown, redact: Redact, depth = 4): unknown {
  if (typeof value === 'string') return redact(value);
  if (!(value instanceof Error) || !depth) return undefined;
  const { name, message, stack = '', code, cause } = value as Error & { code?: unknown };
  return Object.assign(new Error(redact(message)), { name, stack: redact(stack), code: scrubbed(code, redact), cause: scrubbed(cause, redact, depth - 1) });
}
