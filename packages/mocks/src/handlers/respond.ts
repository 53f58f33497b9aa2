/** A JSON response with the vendor's content type, the request id and CORS exposure. */
export function jsonResponse(status: number, body: unknown, requestId: string): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json;charset=UTF-8',
      'X-Request-Id': requestId,
    },
  });
}
