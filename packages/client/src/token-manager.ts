// Access-token lifecycle: fetched lazily, cached, renewed before expiry (extended where the API
// can, else by a new login), one renewal shared by every concurrent caller, ended on close.

/** A token as the login and renewal operations return it. */
export interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds, as the Meeting login operations return it. */
  validPeriod?: number | undefined;
}

/** How a {@link TokenManager} gets, times and ends tokens. */
export interface TokenManagerOptions {
  /** Logs in and returns a fresh token. */
  issue: () => Promise<IssuedToken>;
  /**
   * Extends a token that is about to expire (Meeting `updateToken`). Without it, or when it
   * fails, the manager logs in again with `issue`.
   */
  renew?: (token: string) => Promise<IssuedToken>;
  /** Ends a token (Meeting `deleteToken`), for {@link TokenManager.close}. */
  revoke?: (token: string) => Promise<unknown>;
  /** Clock in epoch milliseconds; `Date.now` by default. */
  now?: () => number;
  /**
   * Lifetime assumed when a login response has no `validPeriod`: 12 hours, the shortest the
   * vendor documents.
   */
  defaultValidPeriod?: number;
}

/** Caches one access token and renews it. */
export interface TokenManager {
  /** The cached token, or a renewed or new one when none is cached or it is about to expire. */
  get(): Promise<string>;
  /**
   * Forces a new login, for a token the server rejected. When `rejected` is given and another
   * caller has already replaced it, returns the replacement without logging in again.
   */
  refresh(rejected?: string): Promise<string>;
  /** Forgets the cached token: the next call logs in. */
  clear(): void;
  /**
   * Ends the cached token while it is still valid (logs out), once a login in progress has
   * settled, and forgets it: a later call logs in again.
   */
  close(): Promise<void>;
}

const TWELVE_HOURS = 12 * 60 * 60;
const MAX_MARGIN_MS = 5 * 60 * 1000;

/**
 * Creates a token manager around a login function and, where the API has them, a renewal and
 * a logout.
 *
 * @example
 * const tokens = createTokenManager({ issue: () => login(account, password), renew: (token) => extend(token) });
 * headers.set('X-Access-Token', await tokens.get());
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const { issue, renew, now = Date.now } = options;
  // The cached token, when to renew it and when it expires (-Infinity: nothing cached).
  let token: string | undefined;
  let refreshAt = -Infinity;
  let expiresAt = -Infinity;
  let inflight: Promise<string> | undefined;

  const fresh = () => now() < refreshAt;
  const forget = () => void (refreshAt = expiresAt = -Infinity);

  /** Replaces the cached token with the one `obtain` returns; one at a time. */
  function replace(obtain: () => Promise<IssuedToken>): Promise<string> {
    if (!inflight) {
      const issuedAt = now();
      inflight = obtain()
        .then(({ accessToken, validPeriod }) => {
          const seconds = validPeriod! > 0 ? validPeriod! : (options.defaultValidPeriod ?? TWELVE_HOURS);
          expiresAt = issuedAt + seconds * 1000;
          // Renewed a tenth of its lifetime, at most five minutes, before it expires.
          refreshAt = expiresAt - Math.min(MAX_MARGIN_MS, seconds * 100);
          return (token = accessToken);
        })
        .finally(() => (inflight = undefined));
    }
    return inflight;
  }

  return {
    // A token that has not expired yet is extended; a new login only when that fails.
    get: () => (fresh() ? Promise.resolve(token!) : replace(renew && now() < expiresAt ? () => renew(token!).catch(issue) : issue)),
    refresh: (rejected) => inflight ?? (rejected !== undefined && fresh() && token !== rejected ? Promise.resolve(token!) : replace(issue)),
    clear: forget,
    async close() {
      await inflight?.catch(forget);
      const live = now() < expiresAt;
      forget();
      if (live) await options.revoke?.(token!);
    },
  };
}
