// What a write to the directory store answers: the written record, or why it was refused.
// Refusals are values, never thrown and never HTTP-aware: the operation layer maps each reason
// to a Problem (answers/problem.ts `kindOfRefusal`), the legacy collection methods throw them.

/** Why the store refused a write. */
export type RefusalReason =
  /** A user with this Meeting account exists (the vendor: accounts are unique in the system). */
  | 'account-taken'
  /** A user of the enterprise has this third-party account (the vendor: unique in the enterprise). */
  | 'third-account-taken'
  /** No user has this account (or third-party account). */
  | 'user-not-found'
  /** The default (super) administrator cannot be deleted, demoted or duplicated. */
  | 'default-admin'
  /** A department with this code exists (the vendor: codes are unique in the enterprise). */
  | 'dept-code-taken'
  /** No department has this code. */
  | 'department-not-found'
  /** The parent department named does not exist. */
  | 'parent-not-found'
  /** A department cannot move under itself or one of its sub-departments. */
  | 'move-into-own-subtree'
  /** The root department (code "1") cannot be deleted or moved, and there is only one. */
  | 'root-department'
  /** A department that still has members cannot be deleted. */
  | 'department-has-members'
  /** A department that still has sub-departments cannot be deleted. */
  | 'department-has-sub-departments'
  /** A department code cannot be changed (the vendor: "不支持修改"). */
  | 'dept-code-immutable'
  /** The PERSONAL external contact's owner is not a user. */
  | 'owner-not-found'
  /** An external contact with this id exists. */
  | 'contact-id-taken'
  /** No external contact has this id. */
  | 'contact-not-found'
  /** An organisation with this id exists. */
  | 'org-id-taken'
  /** No organisation has this id. */
  | 'organization-not-found'
  /** An organisation that still holds member accounts cannot be removed. */
  | 'organization-has-members'
  /** A member account with this id exists. */
  | 'sub-customer-id-taken'
  /** No member account has this id. */
  | 'sub-customer-not-found'
  /** A record of a table of your own (`new Collection`) has this key. */
  | 'key-taken'
  /** No record of a table of your own has this key. */
  | 'record-not-found';

/** A refused write: the reason, the value at fault, and an English sentence for logs and thrown errors. */
export interface Refusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** The key or value the refusal is about (an account, a department code). */
  readonly subject: string;
  /** What was wrong, with the value, and what to do. */
  readonly message: string;
}

/** A write that happened: the record as stored. */
export interface Written<T> {
  readonly ok: true;
  readonly value: T;
}

/** The answer of every write of the store. */
export type WriteResult<T> = Written<T> | Refusal;

/** A refusal of `reason` about `subject`. */
export function refuse(reason: RefusalReason, subject: string, message: string): Refusal {
  return { ok: false, reason, subject, message };
}

/** A successful write of `value`. */
export function written<T>(value: T): Written<T> {
  return { ok: true, value };
}
