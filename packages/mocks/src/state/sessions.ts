// Access tokens the mocks issue: who they act for, when they expire, and the vendor's limit on
// live tokens per user.

/** An access token the mock issued, with the account it acts for. */
export interface Session {
  accessToken: string;
  /** Meeting account of the user the token acts for. */
  account: string;
  clientType: number;
  /** Issue time, epoch ms. */
  createdAt: number;
  /** Expiry, epoch ms; Infinity for static tokens. */
  expiresAt: number;
}

/** Live tokens per user with clientType 72 (the vendor's limit); the oldest goes first. */
export const MAX_TOKENS_PER_USER = 64;

/** Issued access tokens, their expiry and the per-user token limit. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();

  /** Registers a token; with clientType 72 a user keeps up to 64 tokens, otherwise one. */
  issue(session: Session): Session {
    const mine = [...this.#sessions.values()].filter((s) => s.account === session.account && Number.isFinite(s.expiresAt));
    const keep = session.clientType === 72 ? MAX_TOKENS_PER_USER - 1 : 0;
    const drop = session.clientType === 72 ? mine.length - keep : mine.length;
    for (const old of mine.slice(0, Math.max(0, drop))) this.#sessions.delete(old.accessToken);
    this.#sessions.set(session.accessToken, session);
    return session;
  }

  /** The live session of a token at time `now`, or undefined when unknown or expired. */
  find(accessToken: string, now: number): Session | undefined {
    const session = this.#sessions.get(accessToken);
    if (!session) return undefined;
    if (now >= session.expiresAt) {
      this.#sessions.delete(accessToken);
      return undefined;
    }
    return session;
  }

  /** Makes a token expire now (for tests of refresh on 401). Returns whether it existed. */
  expire(accessToken: string): boolean {
    const session = this.#sessions.get(accessToken);
    if (!session) return false;
    session.expiresAt = Number.NEGATIVE_INFINITY;
    return true;
  }

  /** Every issued token (static ones included). */
  all(): Session[] {
    return [...this.#sessions.values()];
  }

  /** Forgets every token. */
  clear(): void {
    this.#sessions.clear();
  }
}

/** A random access token in the vendor's style (40 alphanumerics). */
export function newAccessToken(prefix = 'mock'): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(40 - prefix.length));
  return prefix + Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
