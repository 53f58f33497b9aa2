// The standalone server's own control routes under /__mock/ (no vendor path starts so): what a
// test suite in any language calls between tests instead of restarting the server.

import type { MockAnswer } from '../answers/mock-answer.js';
import type { Directory } from '../directory/create-directory.js';
import { DirectoryDataError, type DirectoryData } from '../directory/directory-data.js';
import { RequestBodyRefused } from '../pipeline/mock-request.js';

/** The path prefix of the control routes; the vendors' paths start with /v1, /v2 or /rest. */
export const CONTROL_PREFIX = '/__mock/';

/**
 * Largest directory `PUT /__mock/directory` reads: 32 MiB (some 50,000 users); a larger one is
 * answered 413. The command's `--directory` file has no limit.
 */
export const MAX_DIRECTORY_BYTES = 32 * 1024 * 1024;

/** A control request: its method, path (no query) and body, read on demand. */
export interface ControlRequest {
  readonly method: string;
  readonly path: string;
  body(): Promise<Uint8Array>;
}

type ControlAction = (directory: Directory, request: ControlRequest) => MockAnswer | Promise<MockAnswer>;

/** Each control route's actions, by method. */
const ROUTES: Readonly<Record<string, Readonly<Record<string, ControlAction>>>> = {
  '/__mock/reset': {
    // The directory's reset listeners forget issued tokens and failed logins (lockouts) too.
    POST: (directory) => {
      directory.reset();
      return controlAnswer(200, { reset: true, ...counts(directory) });
    },
  },
  '/__mock/directory': {
    GET: (directory) => controlAnswer(200, directory.snapshot()),
    PUT: async (directory, request) => {
      const text = new TextDecoder().decode(await request.body());
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return controlError(400, 'the body is not JSON; send the directory as JSON (GET /__mock/directory shows the shape)');
      }
      try {
        // load() checks the data's shape and rules itself, and changes nothing when they fail.
        directory.load(data as DirectoryData);
      } catch (error) {
        if (error instanceof DirectoryDataError) return controlAnswer(400, { error_code: 'MOCK.400', error_msg: `${error.message}; nothing was changed`, record: error.record });
        throw error;
      }
      return controlAnswer(200, { loaded: true, ...counts(directory) });
    },
  },
};

/**
 * Answers a request whose path starts with {@link CONTROL_PREFIX}: `POST /__mock/reset` (the
 * directory back to how it started, issued tokens and lockouts forgotten), `GET
 * /__mock/directory` (every record, as JSON that `PUT` takes back), `PUT /__mock/directory`
 * (replace every record, all or nothing; a reset returns to the start); 405 for another
 * method, 404 for another `/__mock/` path.
 * @example await answerControl(directory, { method: 'POST', path: '/__mock/reset', body }) // 200 { reset: true, users: 33, ... }
 */
export async function answerControl(directory: Directory, request: ControlRequest): Promise<MockAnswer> {
  const route = ROUTES[request.path];
  if (!route) return controlError(404, `No control route ${request.path}; the mock server has ${controlRoutes().join(', ')}.`);
  const action = route[request.method.toUpperCase()];
  const allow = Object.keys(route).join(', ');
  if (!action) {
    const answer = controlError(405, `${request.method} is not allowed on ${request.path}; use ${allow}`);
    answer.headers.Allow = `${allow}, OPTIONS`;
    return answer;
  }
  try {
    return await action(directory, request);
  } catch (error) {
    // The adapter refused the body (over the limit, cut off).
    if (error instanceof RequestBodyRefused) return controlError(error.problem.kind === 'http-refusal' ? error.problem.status : 400, error.problem.message);
    throw error;
  }
}

/** Every control route, as `METHOD /path`. */
function controlRoutes(): string[] {
  return Object.entries(ROUTES).flatMap(([path, actions]) => Object.keys(actions).map((method) => `${method} ${path}`));
}

/** How many records of each kind the directory holds. */
function counts(directory: Directory) {
  return {
    departments: directory.departments.size,
    users: directory.users.size,
    externalContacts: directory.externalContacts.size,
    organizations: directory.organizations.size,
    subCustomers: directory.subCustomers.size,
  };
}

function controlError(status: number, message: string): MockAnswer {
  return controlAnswer(status, { error_code: `MOCK.${status}`, error_msg: message });
}

function controlAnswer(status: number, body: unknown): MockAnswer {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}
