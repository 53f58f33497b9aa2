// Loads one page of the enterprise's users (the member search, paged by pageIndex/pageSize).
import type { HwcloudError, MeetingClient, MeetingComponents } from '@hwcloud-directory/client';
import { useEffect, useState } from 'react';

export type User = MeetingComponents['schemas']['SearchUserResultDTO'];

/** What the list shows: loading, a page of users with the total, or the error that stopped it. */
export type UserPageState =
  | { status: 'loading' }
  | { status: 'ready'; users: User[]; total: number }
  | { status: 'error'; error: HwcloudError | Error };

/**
 * Fetches page `pageIndex` (1-based) of `pageSize` users; fetches again when any argument changes,
 * `attempt` included (bump it to retry). A page left before it loads is aborted.
 */
export function useUserPage(client: MeetingClient, pageIndex: number, pageSize: number, attempt: number): UserPageState {
  const [state, setState] = useState<UserPageState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    client
      .POST('/rest/usg/datacenter/v1/corp/member/search', {
        body: { pageIndex, pageSize, enableSubDept: true },
        signal: controller.signal,
      })
      .then(({ data }) => setState({ status: 'ready', users: data.data?.data ?? [], total: data.data?.totalCount ?? 0 }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      });
    return () => controller.abort();
  }, [client, pageIndex, pageSize, attempt]);
  return state;
}
