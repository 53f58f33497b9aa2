// The Redocly-generated client (generated at bench time), one call.
import { createClient, OPERATIONS } from 'redocly-meeting-client';

const client = createClient(OPERATIONS, { serverUrl: 'https://api-intl.meeting.huaweicloud.com', auth: { apiKey: { accessToken: 'x' } } }) as any;
console.log(await client.searchCorpExternalDir({ query: { searchKey: 'li' } }));
