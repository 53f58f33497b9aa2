import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDirectory, createHandlers, testCredentials } from '@hwcloud-directory/mocks';
import { specFetch } from './support/spec-checked-fetch.js';

const directory = createDirectory({ seed: 8 });
const server = setupServer(...createHandlers(directory, { validateResponses: true }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const detail = (account: string) => specFetch(`https://api.meeting.huaweicloud.com/v1/usg/dcs/corp/member/${account}`, { headers: { 'X-Access-Token': testCredentials.accessToken } });

describe('validateResponses', () => {
  it('serves answers that match the spec', async () => {
    expect((await detail('admin')).status).toBe(200);
  });

  it('reports a record that would break the spec instead of serving it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    directory.users.add({ userAccount: 'broken', adminType: 5 as never });
    const response = await detail('broken');
    expect(response.status).toBe(500);
    expect(response.body.error_msg).toMatch(/breaks the spec: adminType must be equal to one of the allowed values/);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
