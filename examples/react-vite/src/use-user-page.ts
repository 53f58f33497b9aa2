// Loads one page of the enterprise's users (the member search, paged by pageIndex/pageSize).
import type { HwcloudError, MeetingClient, MeetingComponents } from '@hwcloud-directory/client';
import { useEffect, useState } from 'react';

export type User = MeetingComponents['schemas']['SearchUserResultDTO'];

/**
 * What the list shows: loading, a page of users, or the error that stopped it. `total` is the
 * number of users the service last reported (kept while the next page loads), if any.
 */
export type UserPageState =
  | { status: 'loading'; total: number | undefined }
  | { status: 'ready'; users: User[]; total: number }
  | { status: 'error'; error: HwcloudError | Error; total: number | undefined };

/**
 * Fetches page `pageIndex` (1-based) of `pageSize` users; fetches again when any argument changes,
 * `attempt` included (bump it to retry). A page left before it loads is aborted.
 */
export function useUserPage(client: MeetingClient, pageIndex: number, pageSize: number, attempt: number): UserPageState {
  const [state, setState] = useState<UserPageState>({ status: 'loading', total: undefined });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', total: previous.total }));
    client
      .POST('/rest/usg/datacenter/v1/corp/member/search', {
        body: { pageIndex, pageSize, enableSubDept: true },
        signal: controller.signal,
      })
      .then(({ data }) => setState({ status: 'ready', users: data.data?.data ?? [], total: data.data?.totalCount ?? 0 }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ status: 'error', error: error instanceof Error ? error : new Error(String(error)), total: previous.total }));
      });
    return () => controller.abort();
  }, [client, pageIndex, pageSize, attempt]);
  return state;
}
