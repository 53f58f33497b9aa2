// Timeout signals without one AbortController and one timer per request.
//
// Creating an AbortSignal costs about as much as the rest of a request's client-side work,
// so requests that start within the same short window share one timer, and share signals in
// groups of at most `SHARED_BY`: a real fetch adds an abort listener to the signal it is
// given, and adding one to a signal that already has thousands gets slower with each, so no
// signal may collect the listeners of every request of a busy window. Each request gets at
// least `timeoutMs`, and at most `timeoutMs` plus the window (1% of the timeout, at least 10 ms).

/** How many requests share one signal at most. */
export const SHARED_BY = 32;

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
  let opensUntil = -Infinity;
  let expiring: AbortController[] = [];
  let current!: AbortController;
  let users = SHARED_BY;
  return () => {
    const time = now();
    if (time > opensUntil) {
      const batch: AbortController[] = [];
      expiring = batch;
      const timer = setTimeout(() => {
        const reason = timeoutError(timeoutMs);
        for (const controller of batch) controller.abort(reason);
      }, timeoutMs + window);
      // Node: a pending timeout alone must not keep the process alive.
      (timer as { unref?: () => void }).unref?.();
      opensUntil = time + window;
      users = SHARED_BY;
    }
    if (users === SHARED_BY) {
      current = new AbortController();
      expiring.push(current);
      users = 0;
    }
    users++;
    return current.signal;
  };
}
