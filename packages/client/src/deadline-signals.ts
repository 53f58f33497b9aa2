// Timeout signals without one AbortController and one timer per request.
//
// Creating an AbortSignal costs about as much as the rest of a request's client-side work,
// so requests that start within the same short window share one signal that aborts when the
// last of them has had its full timeout. Each request gets at least `timeoutMs`, and at most
// `timeoutMs` plus the window (1% of the timeout, at least 10 ms).

/** Returns a signal that aborts with a `TimeoutError` no sooner than `timeoutMs` from now. */
export type DeadlineSource = () => AbortSignal;

/** The error a timed-out request rejects with (a DOMException named `TimeoutError`). */
export function timeoutError(ms: number): DOMException {
  return new DOMException(`no response within ${ms} ms`, 'TimeoutError');
}

/**
 * Creates a source of timeout signals for `timeoutMs`.
 *
 * @example
 * const deadline = deadlineSignals(30_000);
 * await fetch(request, { signal: deadline() });
 */
export function deadlineSignals(timeoutMs: number, now: () => number = Date.now): DeadlineSource {
  const window = Math.max(10, Math.ceil(timeoutMs / 100));
  let current: { opensUntil: number; signal: AbortSignal } | undefined;
  return () => {
    const time = now();
    if (current === undefined || time > current.opensUntil) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(timeoutError(timeoutMs)), timeoutMs + window);
      // Node: a pending timeout alone must not keep the process alive.
      (timer as { unref?: () => void }).unref?.();
      current = { opensUntil: time + window, signal: controller.signal };
    }
    return current.signal;
  };
}
