// Failed password logins per account: the vendor locks an account after too many of them.

/** Failed password logins by account, since the last successful one. */
export type FailedLogins = Map<string, number>;

/** Whether `account` is locked: its failed logins reached `maxFailedLogins`. */
export function isLocked(failedLogins: ReadonlyMap<string, number>, account: string, maxFailedLogins: number): boolean {
  return (failedLogins.get(account) ?? 0) >= maxFailedLogins;
}

/** Counts one more failed login of `account`. */
export function recordFailedLogin(failedLogins: FailedLogins, account: string): void {
  failedLogins.set(account, (failedLogins.get(account) ?? 0) + 1);
}
