// Access-token lifecycle: fetched lazily, cached, refreshed before expiry, one refresh shared
// by every concurrent caller.

/** A token as the login operations return it. */
export interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds, as the Meeting login operations return it. */
  validPeriod?: number | undefined;
}

/** How a {@link TokenManager} gets and times tokens. */
export interface TokenManagerOptions {
  /** Logs in and returns a fresh token. */
  issue: () => Promise<IssuedToken>;
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
  /** The cached token, or a new one when none is cached or it is about to expire. */
  get(): Promise<string>;
  /** The cached token if it is still fresh, without waiting; `undefined` otherwise. */
  peek(): string | undefined;
  /**
   * Forces a new login, for a token the server rejected. When `rejected` is given and another
   * caller has already replaced it, returns the replacement without logging in again.
   */
  refresh(rejected?: string): Promise<string>;
  /** Forgets the cached token. */
  clear(): void;
}

const TWELVE_HOURS = 12 * 60 * 60;
const MAX_MARGIN_MS = 5 * 60 * 1000;

/**
 * The renewal time of a token issued at `issuedAt` (ms) that lives `validPeriod` seconds:
 * a tenth of its lifetime, at most five minutes, before it expires.
 */
export function refreshTime(issuedAt: number, validPeriod: number): number {
  const lifetimeMs = validPeriod * 1000;
  return issuedAt + lifetimeMs - Math.min(MAX_MARGIN_MS, lifetimeMs / 10);
}

/**
 * Creates a token manager around a login function.
 *
 * @example
 * const tokens = createTokenManager({ issue: () => loginWithPassword(account, password) });
 * headers.set('X-Access-Token', await tokens.get());
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const now = options.now ?? Date.now;
  const defaultValidPeriod = options.defaultValidPeriod ?? TWELVE_HOURS;
  // The cached token, and when to renew it (-Infinity: nothing cached).
  let token: string | undefined;
  let refreshAt = -Infinity;
  let inflight: Promise<string> | undefined;

  const fresh = () => now() < refreshAt;

  function login(): Promise<string> {
    inflight ??= (async () => {
      try {
        const issuedAt = now();
        const issued = await options.issue();
        const validPeriod =
          typeof issued.validPeriod === 'number' && issued.validPeriod > 0 ? issued.validPeriod : defaultValidPeriod;
        token = issued.accessToken;
        refreshAt = refreshTime(issuedAt, validPeriod);
        return issued.accessToken;
      } finally {
        inflight = undefined;
      }
    })();
    return inflight;
  }

  return {
    get: () => (fresh() ? Promise.resolve(token!) : login()),
    peek: () => (fresh() ? token : undefined),
    refresh(rejected) {
      if (inflight) return inflight;
      if (rejected !== undefined && fresh() && token !== rejected) return Promise.resolve(token!);
      return login();
    },
    clear() {
      refreshAt = -Infinity;
    },
  };
}

/** A token manager for a token the caller already holds: never renews it. */
export function fixedToken(token: string): TokenManager {
  const value = Promise.resolve(token);
  return { get: () => value, peek: () => token, refresh: () => value, clear() {} };
}
