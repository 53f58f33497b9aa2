// A BSS integration: AK/SK signing and paging.
import { createBssClient } from '../../../packages/client/src/index.js';

const bss = createBssClient({ region: 'intl', auth: { accessKey: 'ak', secretKey: 'sk' } });
for await (const account of bss.items('/v2/enterprises/multi-accounts/sub-customers')) console.log(account.id);
