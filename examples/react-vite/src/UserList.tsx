// The enterprise's users, a page at a time, with the vendor's error when a page cannot load.
import { HwcloudError, type MeetingClient } from '@hwcloud-directory/client';
import { useState } from 'react';
import { useUserPage } from './use-user-page.js';

export interface UserListProps {
  client: MeetingClient;
  pageSize?: number;
}

/** What went wrong, as a user should read it: the vendor code when there is one, never a token. */
function describeError(error: Error): string {
  if (!(error instanceof HwcloudError)) return error.message;
  if (error.kind === 'network' || error.kind === 'timeout') return 'The directory service cannot be reached. Check your connection and try again.';
  // `vendor`: the legacy API reports failures inside an HTTP 200 envelope; the code is what counts.
  const status = error.kind === 'http' && error.status !== undefined ? ` (HTTP ${error.status})` : '';
  return `The directory service answered ${error.code ?? 'with an error'}${status}.`;
}

export function UserList({ client, pageSize = 10 }: UserListProps) {
  const [pageIndex, setPageIndex] = useState(1);
  const [attempt, setAttempt] = useState(0);
  const state = useUserPage(client, pageIndex, pageSize, attempt);
  const pageCount = Math.max(1, Math.ceil((state.total ?? 0) / pageSize));

  return (
    <section aria-labelledby="users-heading">
      <h1 id="users-heading">Directory users</h1>
      {state.status === 'loading' && <p role="status">Loading users…</p>}
      {state.status === 'error' && (
        <div role="alert">
          <p>Could not load the users. {describeError(state.error)}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && state.total === 0 && <p>No users found.</p>}
      {state.status === 'ready' && state.total > 0 && (
        <>
          <p>{state.total} users</p>
          <ul aria-label="Users">
            {state.users.map((user) => (
              <li key={user.userAccount}>
                <span>{user.name}</span> <small>{user.userAccount}</small>
                {user.status === 1 && <small> (disabled)</small>}
              </li>
            ))}
          </ul>
        </>
      )}
      <nav aria-label="Pages">
        <button type="button" disabled={pageIndex <= 1} onClick={() => setPageIndex((n) => n - 1)}>
          Previous
        </button>{' '}
        <span>
          Page {pageIndex} of {pageCount}
        </span>{' '}
        <button type="button" disabled={state.status !== 'ready' || pageIndex >= pageCount} onClick={() => setPageIndex((n) => n + 1)}>
          Next
        </button>
      </nav>
    </section>
  );
}
