/** How each API's client is created in the samples, keyed by the API (generated/<api>.openapi.json). */
export const CLIENT_FACTORY = {
  meeting: { factory: 'createMeetingClient', variable: 'meeting' },
  bss: { factory: 'createBssClient', variable: 'bss' },
};

/** Security schemes of the login operations: the client calls these itself, through `tokens`. */
export const LOGIN_SCHEMES = new Set(['accountPassword', 'appIdSignature']);
