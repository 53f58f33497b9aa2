import { statusOfCode } from './vendor-codes.js';

/** A failure an operation answers with: HTTP status, vendor code and a message with no secrets. */
export class MockError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'MockError';
    this.status = status;
    this.code = code;
  }

  /** An error whose status is the one the spec's x-error-codes gives the code. */
  static of(api: 'meeting' | 'bss', code: string, message: string): MockError {
    return new MockError(statusOfCode(api, code), code, message);
  }
}
