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
 * `attempt` included (bump it to retry). A page left before it loads is aborted, and the answer
 * for other arguments is never shown under the new ones (no frame of the old page as "Page 2").
 */
export function useUserPage(client: MeetingClient, pageIndex: number, pageSize: number, attempt: number): UserPageState {
  const request = `${pageIndex}/${pageSize}/${attempt}`;
  const [answer, setAnswer] = useState<{ request: string; state: UserPageState }>({ request: '', state: { status: 'loading', total: undefined } });
  useEffect(() => {
    const controller = new AbortController();
    const settle = (state: UserPageState) => setAnswer({ request, state });
    client
      .POST('/rest/usg/datacenter/v1/corp/member/search', {
        body: { pageIndex, pageSize, enableSubDept: true },
        signal: controller.signal,
      })
      .then(({ data }) => settle({ status: 'ready', users: data.data?.data ?? [], total: data.data?.totalCount ?? 0 }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setAnswer((previous) => ({ request, state: { status: 'error', error: error instanceof Error ? error : new Error(String(error)), total: previous.state.total } }));
      });
    return () => controller.abort();
  }, [client, pageIndex, pageSize, attempt, request]);
  return answer.request === request ? answer.state : { status: 'loading', total: answer.state.total };
}
