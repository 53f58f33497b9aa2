import { describe, expect, it, vi } from 'vitest';
import { adminHeaders, MEETING, useMockServer } from './support/mock-server.js';
import { specFetch } from './support/spec-checked-fetch.js';

const { directory } = useMockServer({ seed: 8 }, { validateResponses: true });

const detail = (account: string) => specFetch(`${MEETING}/v1/usg/dcs/corp/member/${account}`, { headers: adminHeaders });

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
