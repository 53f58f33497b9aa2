// Model-based test of the directory writes (fast-check commands): random sequences of adds,
// updates, moves, status changes and deletes of users, departments and administrators, sent
// as real requests to the mocks and applied to a small reference model
// (support/directory-model.ts). After every step every list read (whole, paged, by subtree,
// by search key), the department tree and the details of what the step touched agree with
// the model: no record lost or duplicated, every deptNamePath where the tree puts it.
// Bounded: MOCKS_MODEL_RUNS raises or lowers the number of sequences.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createDirectory, type Directory } from '@hwcloud-directory/mocks';
import { startMockServer, type MockServer } from '../src/node.js';
import { directoryApi, type DirectoryApi } from './support/directory-api.js';
import { directoryCommands } from './support/directory-commands.js';
import { DirectoryModel } from './support/directory-model.js';
import { MEETING, useMockServer } from './support/mock-server.js';

const RUNS = Number(process.env.MOCKS_MODEL_RUNS ?? 12);
/** A small seeded directory (5 departments, 12 users) keeps every full read cheap. */
const SEEDED = { seed: 3, size: 5 };

/** Runs random command sequences, each from the directory's starting records. */
async function runSequences(directory: Directory, api: DirectoryApi, numRuns: number, maxCommands: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.commands(directoryCommands, { maxCommands, size: 'max' }), async (commands) => {
      directory.reset();
      await fc.asyncModelRun(() => ({ model: DirectoryModel.from(directory.snapshot()), real: api }), commands);
    }),
    { numRuns },
  );
}

describe('random directory writes through MSW (setupServer)', () => {
  const { directory } = useMockServer(SEEDED);

  it('keeps every search, list, tree and detail read in agreement with the reference model after every write', async () => {
    await runSequences(directory, directoryApi(MEETING), RUNS, 25);
  }, 120_000);
});

describe('random directory writes against the standalone server on a real socket', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, host: '127.0.0.1', directory: createDirectory(SEEDED) });
  });
  afterAll(() => server?.close());

  it('keeps every read in agreement with the reference model after every write', async () => {
    await runSequences(server.directory, directoryApi(server.url), Math.max(1, Math.ceil(RUNS / 3)), 15);
  }, 120_000);
});
