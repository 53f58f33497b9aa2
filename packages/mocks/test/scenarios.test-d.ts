import { describe, expectTypeOf, it } from 'vitest';
import type { HttpHandler } from 'msw';
import { scenarios, type EnvelopeOperationId, type ErrorStatus, type PagedOperationId } from '@hwcloud-directory/mocks';

describe('scenario types', () => {
  it('allows only the error statuses each operation documents', () => {
    expectTypeOf<ErrorStatus<'searchCorpAdmins'>>().toEqualTypeOf<400 | 401 | 403 | 500>();
    expectTypeOf<ErrorStatus<'createToken'>>().toEqualTypeOf<400 | 401 | 403 | 412 | 423 | 500>();
    expectTypeOf(scenarios.searchCorpAdmins.error({ status: 500 })).toEqualTypeOf<HttpHandler>();
    // @ts-expect-error 404 is not documented for searchCorpAdmins
    scenarios.searchCorpAdmins.error({ status: 404 });
  });

  it('offers empty() only on operations that page', () => {
    expectTypeOf<PagedOperationId>().toEqualTypeOf<'searchCorpExternalDir' | 'searchCorpAdmins' | 'searchCorpMembersLegacy' | 'listEnterpriseSubCustomers' | 'searchUsers' | 'searchCorpDir'>();
    expectTypeOf(scenarios.showUserDetail.empty).toBeNever();
  });

  it('offers envelopeError() only on the legacy envelope operation', () => {
    expectTypeOf<EnvelopeOperationId>().toEqualTypeOf<'searchCorpMembersLegacy'>();
    expectTypeOf(scenarios.searchCorpAdmins.envelopeError).toBeNever();
  });
});
