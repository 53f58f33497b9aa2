// Shows how many users the enterprise has, from the first page of the member search.
import { createElement as h, useEffect, useState } from 'react';

/**
 * `client` is a Meeting client (`createMeetingClient`); renders "N users", or the error's
 * message (a `HwcloudError` names the vendor code) with a Retry button.
 * @example h(UserCount, { client })
 */
export function UserCount({ client }) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    client
      .POST('/rest/usg/datacenter/v1/corp/member/search', { body: { pageIndex: 1, pageSize: 10 }, signal: controller.signal })
      .then(({ data }) => setState({ status: 'ready', total: data.data?.totalCount ?? 0 }))
      .catch((error) => controller.signal.aborted || setState({ status: 'error', error }));
    return () => controller.abort();
  }, [client, attempt]);

  if (state.status === 'loading') return h('p', { role: 'status' }, 'Loading users…');
  if (state.status === 'error') {
    return h('div', { role: 'alert' }, `Could not load the users: ${state.error.code ?? state.error.message}`, h('button', { onClick: () => setAttempt((n) => n + 1) }, 'Retry'));
  }
  return h('p', null, `${state.total} users`);
}
