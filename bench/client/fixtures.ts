// The one response every overhead case gets back, from a fetch stub that resolves at once
// (how openapi-fetch publishes its own figures).
export const baseUrl = 'https://api.meeting.huaweicloud.com';
export const accessToken = 'bench-access-token';
export const responseText = JSON.stringify({
  offset: 0,
  limit: 10,
  count: 1,
  data: [{ id: 'c1', name: 'Li Wei', type: 'CORP', phone: null, email: 'li.wei@example.com', updateTime: 1665994358499 }],
});
const init = { status: 200, headers: { 'Content-Type': 'application/json' } };

/** fetch stub: answers immediately, whatever it is asked. */
export const stubFetch = async (_input: RequestInfo | URL, _init?: RequestInit): Promise<Response> => new Response(responseText, init);
