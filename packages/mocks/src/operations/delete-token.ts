// DELETE /v1/usg/acs/token (deleteToken): logs out.

import type { OperationImplementation } from '../pipeline/operation-implementation.js';

/**
 * Ends the token sent in `X-Access-Token` (the pipeline has checked it): from then on every
 * call with it, `checkToken` of it included, is HTTP 401 USG.000000004. The user's other
 * tokens stay valid. HTTP 200 with no body.
 */
export const deleteToken: OperationImplementation = (request) => {
  request.runtime.sessions.revoke(request.request.headers.get('x-access-token') ?? '');
  return { status: 200, body: undefined };
};
