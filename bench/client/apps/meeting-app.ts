// A Meeting integration: App ID auth, paging and retry.
import { createMeetingClient } from '../../../packages/client/src/index.js';

const meeting = createMeetingClient({
  region: 'ap-southeast-1',
  auth: { appId: 'app-id', appKey: 'app-key' },
  retry: { attempts: 4 },
  timeoutMs: 10_000,
});
for await (const contact of meeting.items('/v1/usg/abs/external-contacts', { params: { query: { searchKey: 'li' } } }, { maxItems: 50 })) {
  console.log(contact.name);
}
