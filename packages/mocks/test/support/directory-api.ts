// The Meeting directory operations as the model-based test calls them: real requests through
// `fetch` (to MSW or to a real socket) as the default administrator, every answer checked
// against the spec by specFetch.
import { testCredentials } from '@hwcloud-directory/mocks';
import { specFetch, type CheckedResponse } from './spec-checked-fetch.js';

type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

/** Calls of one mock origin. */
export interface DirectoryApi {
  /** A Meeting request with the administrator's `X-Access-Token`; array values repeat the key. */
  send(method: string, path: string, options?: { query?: Record<string, QueryValue>; body?: unknown }): Promise<CheckedResponse>;
  /** The legacy member search (`Authorization: Basic base64(accessToken)`). */
  legacySearch(body: Record<string, unknown>): Promise<CheckedResponse>;
}

/**
 * The directory operations of the mocks at `origin`.
 * @example const api = directoryApi('https://api.meeting.huaweicloud.com'); await api.send('GET', '/v1/usg/dcs/corp/admin', { query: { limit: 10 } });
 */
export function directoryApi(origin: string): DirectoryApi {
  return {
    send(method, path, { query = {}, body } = {}) {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
      }
      const url = `${origin}${path}${search.size > 0 ? `?${search}` : ''}`;
      const headers: Record<string, string> = { 'X-Access-Token': testCredentials.accessToken, 'Accept-Language': 'en-US' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      return specFetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    },
    legacySearch(body) {
      return specFetch(`${origin}/rest/usg/datacenter/v1/corp/member/search`, {
        method: 'POST',
        headers: { Authorization: `Basic ${btoa(testCredentials.accessToken)}`, 'Content-Type': 'application/json', 'Accept-Language': 'en-US' },
        body: JSON.stringify(body),
      });
    },
  };
}
