/** How each API's client is created in the samples, keyed by the API (the operation model's `api`). */
export const CLIENT_FACTORY = {
  meeting: { factory: 'createMeetingClient', variable: 'meeting' },
  bss: { factory: 'createBssClient', variable: 'bss' },
};
