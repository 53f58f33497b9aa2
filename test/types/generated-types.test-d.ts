import { describe, expectTypeOf, it } from 'vitest';
import type { components as Bss, operations as BssOperations, paths as BssPaths } from '../../packages/protocol/src/generated/bss-types.js';
import type { components as Meeting, operations as MeetingOperations, paths as MeetingPaths } from '../../packages/protocol/src/generated/meeting-types.js';

type Schemas = Meeting['schemas'];

describe('the generated Meeting types', () => {
  it('type epoch milliseconds as numbers', () => {
    expectTypeOf<Schemas['ExternalContactDTO']['updateTime']>().toEqualTypeOf<number>();
    expectTypeOf<Schemas['UserDetailDTO']['activeTime']>().toEqualTypeOf<number>();
  });

  it('keep the nulls the vendor returns', () => {
    expectTypeOf<Schemas['ExternalContactDTO']['corpName']>().toEqualTypeOf<string | null>();
    expectTypeOf<Schemas['QueryAdminResultDTO']['phone']>().toEqualTypeOf<string | null>();
    expectTypeOf<Schemas['UserDetailDTO']['corp']>().toMatchTypeOf<object | null>();
  });

  it('turn enums into literal unions', () => {
    type SearchScope = NonNullable<MeetingOperations['searchCorpExternalDir']['parameters']['query']>['searchScope'];
    expectTypeOf<NonNullable<SearchScope>>().toEqualTypeOf<'PERSONAL' | 'CORP' | 'ALL'>();
    type AccountType = NonNullable<MeetingOperations['showUserDetail']['parameters']['query']>['accountType'];
    expectTypeOf<NonNullable<AccountType>>().toEqualTypeOf<0 | 1>();
    expectTypeOf<Schemas['ExternalContactDTO']['type']>().toEqualTypeOf<'PERSONAL' | 'CORP'>();
    expectTypeOf<Schemas['QueryAdminResultDTO']['adminType']>().toEqualTypeOf<0 | 1>();
    expectTypeOf<Schemas['UserVmrDTO']['status']>().toEqualTypeOf<'0' | '1' | '2'>();
  });

  it('require the path parameter of user details', () => {
    type Path = MeetingPaths['/v1/usg/dcs/corp/member/{account}']['get']['parameters']['path'];
    expectTypeOf<Path>().toEqualTypeOf<{ account: string }>();
  });

  it('describe the older REST search body and its envelope', () => {
    type Body = NonNullable<MeetingOperations['searchCorpMembersLegacy']['requestBody']>['content']['application/json'];
    expectTypeOf<NonNullable<Body['adminType']>>().toEqualTypeOf<1 | 2>();
    expectTypeOf<Schemas['LegacySearchUsersResponse']['returnCode']>().toEqualTypeOf<string>();
  });

  it('leave request fields with a default optional', () => {
    // A default is what the service assumes when the field is absent, not a field to send.
    expectTypeOf<{}>().toMatchTypeOf<Schemas['LegacySearchUsersRequest']>();
    expectTypeOf<Schemas['LegacySearchUsersRequest']['enableSubDept']>().toEqualTypeOf<boolean | undefined>();
  });
});

describe('the generated BSS types', () => {
  it('type member accounts and their statuses', () => {
    expectTypeOf<Bss['schemas']['SubCustomerInfoV2']['status']>().toEqualTypeOf<1 | 2 | 3 | 4 | 101 | 102>();
    expectTypeOf<Bss['schemas']['ListSubCustomersResponse']['total_count']>().toEqualTypeOf<number>();
  });

  it('type fuzzy_query as 0 or 1', () => {
    type Query = NonNullable<BssOperations['listEnterpriseSubCustomers']['parameters']['query']>;
    expectTypeOf<NonNullable<Query['fuzzy_query']>>().toEqualTypeOf<0 | 1>();
    expectTypeOf<BssPaths['/v2/enterprises/multi-accounts/sub-customers']['get']>().not.toBeNever();
  });
});
