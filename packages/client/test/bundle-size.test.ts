// What an app pays for the client, measured as bench/client measures it (esbuild --bundle
// --minify, browser ESM, gzip -9): the bench apps fit in 5 kB, and the generated operations
// table makes an app no bigger for the operations it does not use.
import type { ApiModel } from '@hwcloud-directory/protocol';
import { describe, expect, it } from 'vitest';
import { BUDGET, bundleSize } from '../../../bench/client/bundle-size.mjs';
import { syntheticModel } from '../../../bench/client/synthetic-operations.mjs';
// @ts-expect-error a pipeline step: plain ESM without declarations
import * as step from '../../../scripts/steps/50-client-operations.mjs';
// @ts-expect-error as above
import * as specModel from '../../../scripts/spec-model/load-model.mjs';

const clientOperationsModule: (model: ApiModel, source: string) => string = step.clientOperationsModule;
const checkListFieldOnlyOnLists: (model: ApiModel, document: any) => void = step.checkListFieldOnlyOnLists;
const readApiModel: (api: string) => ApiModel = specModel.readApiModel;
const readBundle: (api: string) => any = specModel.readBundle;

const apps = { meeting: 'bench/client/apps/meeting-app.ts', bss: 'bench/client/apps/bss-app.ts' } as const;
const gzipOf = async (app: string, tables?: Record<string, string>): Promise<number> => (await bundleSize(app, { tables })).gzip;

describe('bundle size', () => {
  for (const [api, app] of Object.entries(apps)) {
    it(`keeps the ${api} bench app within 5 kB min+gzip`, async () => {
      expect(await gzipOf(app)).toBeLessThanOrEqual(BUDGET);
    });

    it(`does not grow the ${api} app with a 30- or a 100-operation table of operations shaped like most`, async () => {
      const model = readApiModel(api);
      const table = (count: number) => ({ [api]: clientOperationsModule(syntheticModel(model, count), 'synthetic') });
      const real = await gzipOf(app);
      expect(syntheticModel(model, 30).operations).toHaveLength(30);
      // gzip may move by a byte when the same code is bundled from a different source
      expect(Math.abs((await gzipOf(app, table(30))) - real)).toBeLessThanOrEqual(1);
      expect(Math.abs((await gzipOf(app, table(100))) - real)).toBeLessThanOrEqual(1);
    });
  }

  it('makes an app pay for an operation that differs from the defaults with a small entry, no more', async () => {
    const model = readApiModel('meeting');
    const padded = syntheticModel(model, 30);
    // The same 30 operations, each made-up one answering in the legacy envelope: one entry each.
    const special = { ...padded, operations: padded.operations.map((o) => (o.operationId.startsWith('synthetic') ? { ...o, envelope: true } : o)) };
    const entries = special.operations.length - model.operations.length;
    const growth = (await gzipOf(apps.meeting, { meeting: clientOperationsModule(special, 'synthetic') })) - (await gzipOf(apps.meeting));
    expect(growth).toBeGreaterThan(0);
    expect(growth / entries).toBeLessThanOrEqual(20);
  });
});

describe('the generated operations table', () => {
  it('has an entry only for the operations that differ from their API defaults', () => {
    const source = clientOperationsModule(readApiModel('meeting'), 'generated/meeting.operations.json');
    const table = source.slice(source.indexOf('export const operations'), source.indexOf('export interface ListOperations'));
    expect(table).toContain('"/rest/usg/datacenter/v1/corp/member/search": { POST: { security: "legacyBasicToken", envelope: true, paging: {');
    expect(table).toContain('"/v2/usg/acs/auth/appauth": { POST: { security: "" } }');
    expect(table).toContain('"/v1/usg/abs/external-contacts": { GET: { maximum: 500 } }');
    for (const plain of ['/v1/usg/dcs/corp/member/{account}', '/v1/usg/dcs/corp/member"', '/v1/usg/acs/token"']) expect(table).not.toContain(plain);
    expect(source).not.toContain('operationId');
  });

  it('refuses a spec where an operation that is no list answers the list dialect items field', () => {
    const model = readApiModel('meeting');
    const document = structuredClone(readBundle('meeting'));
    expect(() => checkListFieldOnlyOnLists(model, document)).not.toThrow();
    const detail = document.paths['/v1/usg/dcs/corp/member/{account}'].get.responses['200'].content['application/json'];
    detail.schema = { type: 'object', properties: { data: { type: 'string' } } };
    expect(() => checkListFieldOnlyOnLists(model, document)).toThrow(/GET \/v1\/usg\/dcs\/corp\/member\/\{account\} \(showUserDetail\) answers "data"/);
  });
});
