// The vendor's password rules for a new user's `pwd` (AddUserDTO); its length (8 to 32) is the schema's.

/** The special characters that count as a kind of character, as the vendor page lists them. */
const SPECIALS = new Set('`~!@#$%^&*()-_=+|[{}];:",\'<.>/?');

/** Why a password breaks the rules, or null when it keeps them. */
export type PasswordWeakness = 'equals-account' | 'too-few-kinds' | null;

/**
 * Checks a password against the rules of the vendor's "Adding a User" page: it must not equal
 * the account forwards or backwards, and must hold at least two kinds of character among
 * lower-case letters, upper-case letters, digits and the special characters.
 * @param account the account the password is for, or null when the service generates it
 * @example passwordWeakness('Welcome#2024', 'zhangsan01') // null
 * @example passwordWeakness('10nasgnahz', 'zhangsan01') // 'equals-account'
 */
export function passwordWeakness(password: string, account: string | null): PasswordWeakness {
  if (account !== null && (password === account || password === [...account].reverse().join(''))) return 'equals-account';
  const kinds = new Set<string>();
  for (const char of password) {
    if (char >= 'a' && char <= 'z') kinds.add('lower');
    else if (char >= 'A' && char <= 'Z') kinds.add('upper');
    else if (char >= '0' && char <= '9') kinds.add('digit');
    else if (SPECIALS.has(char)) kinds.add('special');
  }
  return kinds.size >= 2 ? null : 'too-few-kinds';
}
