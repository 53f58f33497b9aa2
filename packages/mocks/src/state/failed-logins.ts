// Failed password logins per account: too many of them lock the account for a while.

/** Settings of a {@link FailedLogins} record. */
export interface FailedLoginOptions {
  /** Failed logins (within `windowMs` of each other) that lock an account. */
  maxFailedLogins: number;
  /**
   * How long a lock lasts, and how long a failed login counts towards one, in ms. The Meeting
   * pages document no lockout window; 15 minutes is what Huawei Cloud documents for IAM accounts.
   */
  windowMs: number;
  /** Most accounts remembered; the least recently failed one is forgotten first. */
  maxAccounts: number;
}

interface Entry {
  /** Failed logins since the last success, the last lock, or the last quiet `windowMs`. */
  count: number;
  /** When the last failed login happened (epoch ms). */
  lastFailureAt: number;
  /** Until when the account is locked (epoch ms); 0 when it is not. */
  lockedUntil: number;
}

/** Default lockout window: 15 minutes. */
export const DEFAULT_LOCKOUT_SECONDS = 900;
/** Default cap on the accounts whose failed logins are remembered. */
export const DEFAULT_MAX_FAILED_LOGIN_ACCOUNTS = 10_000;

/**
 * Failed password logins by account, with expiring locks and a bounded size: an account with
 * `maxFailedLogins` failures, each within `windowMs` of the previous one, is locked for `windowMs`;
 * a success forgets its failures; at most `maxAccounts` accounts are remembered (least recently
 * failed first out), so failures for unknown accounts cannot grow memory without bound.
 * @example
 * const failed = new FailedLogins({ maxFailedLogins: 5, windowMs: 900_000, maxAccounts: 10_000 });
 * failed.record('admin', Date.now());
 * failed.isLocked('admin', Date.now()); // false until the fifth failure
 */
export class FailedLogins {
  readonly #entries = new Map<string, Entry>();
  readonly #options: FailedLoginOptions;

  constructor(options: FailedLoginOptions) {
    this.#options = options;
  }

  /** Number of accounts remembered. */
  get size(): number {
    return this.#entries.size;
  }

  /** Whether `account` is locked at `now`. An expired lock is forgotten, with its failures. */
  isLocked(account: string, now: number): boolean {
    const entry = this.#entries.get(account);
    if (!entry || entry.lockedUntil === 0) return false;
    if (now < entry.lockedUntil) return true;
    this.#entries.delete(account);
    return false;
  }

  /** Until when `account` is locked (epoch ms), or null when it is not locked at `now`. */
  lockedUntil(account: string, now: number): number | null {
    return this.isLocked(account, now) ? (this.#entries.get(account) as Entry).lockedUntil : null;
  }

  /** Counts one failed login of `account` at `now`; returns whether it is now locked. */
  record(account: string, now: number): boolean {
    const { maxFailedLogins, windowMs, maxAccounts } = this.#options;
    const previous = this.#entries.get(account);
    const count = previous && now - previous.lastFailureAt < windowMs ? previous.count + 1 : 1;
    const entry: Entry = { count, lastFailureAt: now, lockedUntil: count >= maxFailedLogins ? now + windowMs : 0 };
    // Re-inserting moves the account to the end: the map's first key is the least recently failed.
    this.#entries.delete(account);
    this.#entries.set(account, entry);
    while (this.#entries.size > maxAccounts) this.#entries.delete(this.#entries.keys().next().value as string);
    return entry.lockedUntil !== 0;
  }

  /**
   * Sets the failure count of `account` as of `now` (tests and scenarios use it to lock an
   * account at once: a count of `maxFailedLogins` or more locks it for the window).
   */
  set(account: string, count: number, now: number): void {
    this.#entries.delete(account);
    this.#entries.set(account, { count, lastFailureAt: now, lockedUntil: count >= this.#options.maxFailedLogins ? now + this.#options.windowMs : 0 });
  }

  /** Forgets the failures of `account` (after a successful login). */
  delete(account: string): boolean {
    return this.#entries.delete(account);
  }

  /** Forgets every failure and lock. */
  clear(): void {
    this.#entries.clear();
  }
}
