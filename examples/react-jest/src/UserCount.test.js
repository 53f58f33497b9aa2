import { expect, test } from '@jest/globals';
import { createMeetingClient } from '@hwcloud-directory/client';
import { defaultDirectory, scenarios, testCredentials } from '@hwcloud-directory/mocks';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { server } from './test-setup.js';
import { UserCount } from './UserCount.js';

const client = createMeetingClient({ auth: { accessToken: testCredentials.accessToken } });

test('shows how many users the directory has', async () => {
  render(h(UserCount, { client }));
  expect(await screen.findByText(/^\d+ users$/)).toBeTruthy();
});

test('counts a user added to the mock directory', async () => {
  render(h(UserCount, { client }));
  const before = Number.parseInt((await screen.findByText(/^\d+ users$/)).textContent, 10);
  cleanup();
  defaultDirectory.users.add({ name: 'Jest User' });
  render(h(UserCount, { client }));
  expect(await screen.findByText(`${before + 1} users`)).toBeTruthy();
});

test('shows the vendor error, then the count once a retry succeeds', async () => {
  server.use(scenarios.searchCorpMembersLegacy.error({ status: 403, once: true }));
  render(h(UserCount, { client }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/Could not load the users: USG\.\d+/);
  fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByText(/^\d+ users$/)).toBeTruthy();
});
