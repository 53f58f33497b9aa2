// The one response every overhead case gets back, from fetch stubs that resolve at once.
export const baseUrl = 'https://api.meeting.huaweicloud.com';
export const accessToken = 'bench-access-token';
export const responseText = JSON.stringify({
  offset: 0,
  limit: 10,
  count: 1,
  data: [{ id: 'c1', name: 'Li Wei', type: 'CORP', phone: null, email: 'li.wei@example.com', updateTime: 1665994358499 }],
});
const init = { status: 200, headers: { 'Content-Type': 'application/json' } };

/** fetch stub: answers immediately, whatever it is asked (how openapi-fetch publishes its figures). */
export const stubFetch = async (_input: RequestInfo | URL, _init?: RequestInit): Promise<Response> => new Response(responseText, init);

/**
 * fetch stub that first does what the platform's fetch does with its arguments,
 * `new Request(input, init)` (undici and browsers build one for every call), then answers
 * immediately. A client that passes a URL and a plain init skips that work under
 * {@link stubFetch} but not under a real fetch; this stub charges every client for it.
 */
export const platformShapedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const request = new Request(input, init);
  if (request.method !== 'GET') throw new Error(`unexpected ${request.method}`);
  return new Response(responseText, { status: 200, headers: { 'Content-Type': 'application/json' } });
};
