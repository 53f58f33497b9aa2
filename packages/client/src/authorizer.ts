// What an API's authentication does to a request before it is sent, and after the server
// rejects it.

import type { OperationInfo } from './typed-client.js';

/** A request as the client has built it, before it is sent; auth adds its headers here. */
export interface OutgoingRequest {
  method: string;
  /** Absolute URL, query string included. */
  url: string;
  /** Header names are lower case. */
  headers: Record<string, string>;
  /** The serialized JSON body, if any. */
  body: string | undefined;
  /** The operation's entry in the generated table, when the spec knows the call. */
  info: OperationInfo | undefined;
  /** The token the authorizer sent, for it to renew when the server rejects it. */
  credential?: string;
}

/** Authentication of one API. */
export interface Authorizer {
  /** Adds the credentials `request` needs; may wait (for a login, for signing). */
  authorize(request: OutgoingRequest): void | Promise<void>;
  /**
   * Called once when the server rejected `request` with vendor `code`: renews the
   * credentials on `request` and resolves true if it should be sent again.
   */
  renew?(request: OutgoingRequest, code: string | undefined): Promise<boolean>;
}
