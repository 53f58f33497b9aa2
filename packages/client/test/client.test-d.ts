import { describe, expectTypeOf, it } from 'vitest';
import { createBssClient, createMeetingClient, HwcloudError } from '../src/index.js';

const meeting = createMeetingClient({ auth: { accessToken: 't' }, fetch: async () => Response.json({}) });
const bss = createBssClient({ auth: { accessKey: 'ak', secretKey: 'sk' }, fetch: async () => Response.json({}) });

describe('client types', () => {
  it('types a GET by path: query parameters and the success body, with no error branch', async () => {
    const result = await meeting.GET('/v1/usg/abs/external-contacts', { params: { query: { searchScope: 'CORP', limit: 10 } } });
    expectTypeOf(result).not.toHaveProperty('error');
    expectTypeOf(result.data.count).toEqualTypeOf<number>();
    expectTypeOf(result.data.data).toBeArray();
    // @ts-expect-error searchScope is PERSONAL | CORP | ALL
    meeting.GET('/v1/usg/abs/external-contacts', { params: { query: { searchScope: 'NOBODY' } } });
  });

  it('requires path parameters', () => {
    // @ts-expect-error account is required
    meeting.GET('/v1/usg/dcs/corp/member/{account}', { params: { path: {} } });
    expectTypeOf(meeting.GET('/v1/usg/dcs/corp/member/{account}', { params: { path: { account: 'a' }, query: { accountType: 1 } } })).resolves.toHaveProperty('data');
  });

  it('types the request body of the legacy search', () => {
    // @ts-expect-error pageSize is a number
    meeting.POST('/rest/usg/datacenter/v1/corp/member/search', { body: { pageSize: 'ten' } });
  });

  it('rejects paths that are not in the spec', () => {
    // @ts-expect-error unknown path
    meeting.GET('/v1/nope');
  });

  it('types paging items from the x-paging itemsPath', () => {
    const contacts = meeting.items('/v1/usg/abs/external-contacts', { params: { query: { searchKey: 'li' } } }, { maxItems: 5 });
    type Contact = typeof contacts extends AsyncGenerator<infer I> ? I : never;
    expectTypeOf<Contact>().toHaveProperty('updateTime');
    const legacy = meeting.items('/rest/usg/datacenter/v1/corp/member/search', { body: { condition: 'li', enableSubDept: true } });
    type LegacyUser = typeof legacy extends AsyncGenerator<infer I> ? I : never;
    expectTypeOf<LegacyUser>().toHaveProperty('userAccount');
    const accounts = bss.items('/v2/enterprises/multi-accounts/sub-customers');
    type Account = typeof accounts extends AsyncGenerator<infer I> ? I : never;
    expectTypeOf<Account>().toHaveProperty('id');
    // @ts-expect-error showUserDetail is not a list operation
    meeting.pages('/v1/usg/dcs/corp/member/{account}');
  });

  it('types every operation of the specs, writes included: PUT and DELETE with their path parameters and bodies', () => {
    expectTypeOf(meeting.PUT('/v1/usg/acs/token')).resolves.toHaveProperty('data');
    expectTypeOf(meeting.DELETE('/v1/usg/acs/token')).resolves.toHaveProperty('data');
    meeting.PUT('/v1/usg/dcs/corp/dept/{dept_code}', { params: { path: { dept_code: '12' } }, body: { deptName: 'R&D' } });
    // @ts-expect-error dept_code is required
    meeting.DELETE('/v1/usg/dcs/corp/dept/{dept_code}', { params: { path: {} } });
    // @ts-expect-error showUserDetail has no DELETE
    meeting.DELETE('/v1/usg/dcs/corp/member/{account}', { params: { path: { account: 'a' } } });
    // @ts-expect-error BSS has no PUT at all
    bss.PUT('/v2/enterprises/multi-accounts/sub-customers');
  });

  it('pages every list operation, the new ones included, and nothing else', () => {
    const users = meeting.items('/v1/usg/dcs/corp/member', { params: { query: { searchKey: 'li' } } });
    type User = typeof users extends AsyncGenerator<infer I> ? I : never;
    expectTypeOf<User>().toHaveProperty('userAccount');
    const directory = meeting.items('/v1/usg/abs/users');
    type Entry = typeof directory extends AsyncGenerator<infer I> ? I : never;
    expectTypeOf<Entry>().not.toBeUnknown();
    // @ts-expect-error the department search answers one array, it does not page
    meeting.items('/v1/usg/dcs/member/dept');
    // @ts-expect-error listEnterpriseOrganizations does not page
    bss.items('/v2/enterprises/multi-accounts/enterprise-organizations');
  });

  it('closes a Meeting client (logs out); a BSS client has nothing to close', () => {
    expectTypeOf(meeting.close).toEqualTypeOf<() => Promise<void>>();
    expectTypeOf(bss).not.toHaveProperty('close');
  });

  it('exposes typed error fields', () => {
    expectTypeOf<HwcloudError['code']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<HwcloudError['kind']>().toEqualTypeOf<'http' | 'vendor' | 'network' | 'timeout' | 'aborted' | 'unparsable-body' | 'invalid-response' | 'invalid-argument'>();
  });
});
