import { expandPath } from './sample-request.mjs';
import { sampleServer } from './sample-server.mjs';

/**
 * The shell lines that authenticate a curl call, per security scheme of our descriptions.
 * Each returns `{ setup, args }`: lines to run first and curl arguments. Secrets come from
 * environment variables, never from the sample.
 */
const CURL_AUTH = {
  accessToken: () => ({ setup: [], args: ['--header "X-Access-Token: $MEETING_ACCESS_TOKEN"'] }),
  legacyBasicToken: () => ({
    setup: [],
    args: ['--header "Authorization: Basic $(printf \'%s\' "$MEETING_ACCESS_TOKEN" | base64 -w0)"'],
  }),
  accountPassword: () => ({ setup: [], args: ['--user "$MEETING_ACCOUNT:$MEETING_PASSWORD"'] }),
  appIdSignature: (request) => ({
    setup: [
      '# App ID authentication: HMAC-SHA256 of "appId:userId:expireTime:nonce" keyed by the App Key',
      `NONCE=$(openssl rand -hex 24)`,
      "EXPIRE_TIME=0 # Unix seconds; 0: the token never expires",
      `USER_ID=${shellQuote(String(request.body?.userId ?? ''))}`,
      'SIGNATURE=$(printf \'%s\' "$MEETING_APP_ID:$USER_ID:$EXPIRE_TIME:$NONCE" | openssl dgst -sha256 -hmac "$MEETING_APP_KEY" | sed \'s/^.* //\')',
    ],
    args: ['--header "Authorization: HMAC-SHA256 signature=$SIGNATURE,access=$(printf \'%s\' "$MEETING_APP_ID" | base64 -w0)"'],
    body: (body) =>
      `"$(printf '{"appId":"%s","clientType":72,"expireTime":%s,"nonce":"%s","userId":"%s"}' "$MEETING_APP_ID" "$EXPIRE_TIME" "$NONCE" "$USER_ID")"`,
  }),
  iamToken: () => ({ setup: [], args: ['--header "X-Auth-Token: $HWCLOUD_IAM_TOKEN"'] }),
};

/**
 * A curl command for one operation against the API's first server, with the sample request
 * and the operation's first security scheme (none for an operation that needs no credential).
 * @param {import('@hwcloud-directory/protocol').OperationModel} operation a record of the operation model
 * @param {{ model: import('@hwcloud-directory/protocol').ApiModel, request: ReturnType<typeof import('./sample-request.mjs').sampleRequest> }} context
 *   the operation's API and what the samples send (sampleRequest)
 * @returns {string} shell source
 */
export function curlSample(operation, { model, request }) {
  const server = sampleServer(model).url;
  // An operation that needs no credential (`anonymous`, as checkToken) is sent without one.
  const schemeName = operation.anonymous ? undefined : operation.security[0]?.scheme;
  const auth = schemeName ? CURL_AUTH[schemeName] : () => ({ setup: [], args: [] });
  if (!auth) throw new Error(`code samples: no curl snippet for security scheme "${schemeName}" (add one to curl-sample.mjs)`);
  const { setup, args, body: bodyOverride } = auth(request);
  const query = new URLSearchParams(Object.entries(request.query).map(([key, value]) => [key, String(value)])).toString();
  const url = `${server}${expandPath(operation.path, request.path)}${query ? `?${query}` : ''}`;
  const lines = [`curl --request ${operation.method} ${shellQuote(url)}`, ...args];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`--header ${shellQuote(`${name}: ${value}`)}`);
  if (request.body !== undefined) {
    lines.push("--header 'Content-Type: application/json'");
    lines.push(`--data ${bodyOverride ? bodyOverride(request.body) : shellQuote(JSON.stringify(request.body))}`);
  }
  return [...setup, lines.join(' \\\n  ')].join('\n') + '\n';
}

/** Quotes a string for a POSIX shell. */
function shellQuote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
