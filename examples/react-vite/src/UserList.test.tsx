// The user list against the @hwcloud-directory/mocks handlers: what a user of the page sees.
import { defaultDirectory, scenarios, testCredentials } from '@hwcloud-directory/mocks';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDirectoryClient } from './directory-client.js';
import { server } from './test/setup.js';
import { UserList } from './UserList.js';

const pageSize = 10;

function renderList() {
  const client = createDirectoryClient({ auth: { accessToken: testCredentials.accessToken } });
  return render(<UserList client={client} pageSize={pageSize} />);
}

/** The names in the list once a page has loaded. */
async function shownNames(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'Users' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('span')?.textContent ?? '');
}

/** The total the page reports, e.g. "35 users". */
async function shownTotal(): Promise<number> {
  const text = await screen.findByText(/^\d+ users$/);
  return Number.parseInt(text.textContent ?? '', 10);
}

describe('the user list', () => {
  it('shows the first page of the directory users and how many there are', async () => {
    renderList();
    const names = await shownNames();
    const total = await shownTotal();
    expect(names).toHaveLength(pageSize);
    const directoryNames = defaultDirectory.users.all().map((user) => user.name);
    for (const name of names) expect(directoryNames).toContain(name);
    expect(total).toBeGreaterThan(2 * pageSize);
    expect(screen.getByText(`Page 1 of ${Math.ceil(total / pageSize)}`)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('pages forward to the last page and back again', async () => {
    renderList();
    const first = await shownNames();
    const pageCount = Math.ceil((await shownTotal()) / pageSize);

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText(`Page 2 of ${pageCount}`);
    const second = await shownNames();
    expect(second).toHaveLength(pageSize);
    expect(second.filter((name) => first.includes(name))).toEqual([]);

    for (let page = 3; page <= pageCount; page++) {
      fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
      await screen.findByText(`Page ${page} of ${pageCount}`);
    }
    const total = await shownTotal();
    expect(await shownNames()).toHaveLength(total - (pageCount - 1) * pageSize);
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);

    for (let page = pageCount - 1; page >= 1; page--) fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await screen.findByText(`Page 1 of ${pageCount}`);
    expect(await shownNames()).toEqual(first);
  });

  it('shows a user added to the directory on the last page', async () => {
    const before = defaultDirectory.users.all().length;
    defaultDirectory.users.add({ name: 'Zoë Müller-Ørsted', adminType: 2, status: 0 });
    expect(defaultDirectory.users.all()).toHaveLength(before + 1);
    renderList();
    const pageCount = Math.ceil((await shownTotal()) / pageSize);
    for (let page = 2; page <= pageCount; page++) {
      fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
      await screen.findByText(`Page ${page} of ${pageCount}`);
    }
    expect(await shownNames()).toContain('Zoë Müller-Ørsted');
  });

  it('says so when the directory has no users', async () => {
    server.use(scenarios.searchCorpMembersLegacy.empty());
    renderList();
    expect(await screen.findByText('No users found.')).toBeTruthy();
    expect(screen.getByText('Page 1 of 1')).toBeTruthy();
  });
});

describe('when the directory service fails', () => {
  it('shows the vendor error code, then the users once a retry succeeds', async () => {
    server.use(scenarios.searchCorpMembersLegacy.error({ status: 403 }));
    renderList();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/answered USG\.\d+ \(HTTP 403\)\./);
    expect(alert.textContent).not.toContain(testCredentials.accessToken);

    server.resetHandlers();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await shownNames()).toHaveLength(pageSize);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the failure the legacy API reports inside an HTTP 200 answer', async () => {
    server.use(scenarios.searchCorpMembersLegacy.envelopeError({ code: 'USG.000000099', message: 'Server exception.' }));
    renderList();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('answered USG.000000099.');
    expect(screen.queryByRole('list', { name: 'Users' })).toBeNull();
  });

  it('tells the user the service cannot be reached when the network fails', async () => {
    server.use(scenarios.searchCorpMembersLegacy.networkError());
    renderList();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('cannot be reached');
  });
});
