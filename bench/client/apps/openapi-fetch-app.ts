// openapi-fetch alone, for scale.
import createClient from 'openapi-fetch';

const client = createClient({ baseUrl: 'https://api.meeting.huaweicloud.com' });
const { data } = await client.GET('/v1/usg/abs/external-contacts' as never, { params: { query: { searchKey: 'li' } } } as never);
console.log(data);
