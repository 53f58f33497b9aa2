// Entry: in mock mode (`--mode mock`) the @hwcloud-directory/mocks service worker answers the API
// before the app renders; otherwise requests go to Huawei Cloud with VITE_MEETING_ACCESS_TOKEN.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDirectoryClient } from './directory-client.js';
import { UserList } from './UserList.js';

async function clientOptions() {
  if (import.meta.env.VITE_API_MOCKS !== 'worker') return {};
  const { startMockWorker } = await import('./mocks/start-mock-worker.js');
  return { auth: { accessToken: await startMockWorker() } };
}

const client = createDirectoryClient(await clientOptions());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <UserList client={client} />
  </StrictMode>,
);
