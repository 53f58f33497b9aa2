// HTTP/1.1 over a raw socket (node:net), for tests that send what fetch refuses to send:
// malformed targets, bad Host headers, thousands of headers, huge declared lengths, bodies
// that stop halfway. Every exchange has a deadline, so a server that hangs fails the test.
import { connect, type Socket } from 'node:net';

/** A parsed HTTP answer (interim 1xx answers skipped). */
export interface RawResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
}

/** What came back: an answer, or the connection closed (or reset) with none. */
export type RawOutcome = { kind: 'response'; response: RawResponse } | { kind: 'closed'; error?: string };

export interface RawExchangeOptions {
  /** Milliseconds before the exchange fails as a hang (default 5000). */
  deadlineMs?: number;
  /** Writes the request; by default the `request` bytes are written at once. Write errors after the answer are ignored. */
  send?: (socket: Socket, answered: () => boolean) => Promise<void> | void;
}

/** Parses a complete answer at the start of `data`, or undefined while it is incomplete. */
export function parseResponse(data: Buffer, method = 'GET'): RawResponse | undefined {
  let offset = 0;
  for (;;) {
    const end = data.indexOf('\r\n\r\n', offset);
    if (end === -1) return undefined;
    const [statusLine = '', ...lines] = data.subarray(offset, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
    if (!Number.isInteger(status)) throw new Error(`not an HTTP status line: ${JSON.stringify(statusLine)}`);
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
    if (status >= 100 && status < 200) {
      offset = end + 4;
      continue;
    }
    const length = method === 'HEAD' || status === 204 || status === 304 ? 0 : Number(headers['content-length'] ?? Number.NaN);
    if (Number.isNaN(length)) return undefined; // read to close (not used by the servers under test)
    const bodyStart = end + 4;
    if (data.length < bodyStart + length) return undefined;
    return { status, headers, body: data.subarray(bodyStart, bodyStart + length).toString('utf8') };
  }
}

/**
 * Sends one request on a new connection and resolves the answer (or that the connection
 * closed without one); rejects only when nothing happens before the deadline.
 * @example await rawExchange(server.port, 'GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n')
 */
export function rawExchange(port: number, request: string | Buffer, options: RawExchangeOptions = {}): Promise<RawOutcome> {
  const method = String(request).split(' ', 1)[0] ?? 'GET';
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0);
    let settled = false;
    const socket = connect(port, '127.0.0.1');
    const finish = (outcome: RawOutcome | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${options.deadlineMs ?? 5000} ms to ${JSON.stringify(String(request).slice(0, 120))}`)), options.deadlineMs ?? 5000);
    socket.on('connect', () => {
      const sending = options.send ? options.send(socket, () => settled) : socket.write(request);
      Promise.resolve(sending).catch(() => {});
    });
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      try {
        const response = parseResponse(data, method);
        if (response) finish({ kind: 'response', response });
      } catch (error) {
        finish(error as Error);
      }
    });
    socket.on('error', (error) => finish({ kind: 'closed', error: error.message }));
    socket.on('close', () => finish({ kind: 'closed' }));
  });
}

/** {@link rawExchange} that expects an answer. */
export async function rawRequest(port: number, request: string | Buffer, options: RawExchangeOptions = {}): Promise<RawResponse> {
  const outcome = await rawExchange(port, request, options);
  if (outcome.kind !== 'response') throw new Error(`the connection closed without an answer${outcome.error ? ` (${outcome.error})` : ''}`);
  return outcome.response;
}

/** Writes `total` bytes in chunks, waiting for the socket to drain, until done or answered. */
export async function writeChunked(socket: Socket, total: number, answered: () => boolean, chunkSize = 64 * 1024): Promise<number> {
  const chunk = Buffer.alloc(chunkSize, 0x20);
  let sent = 0;
  while (sent < total && !answered() && !socket.destroyed) {
    const piece = `${chunkSize.toString(16)}\r\n`;
    const ok = socket.write(piece) && socket.write(chunk) && socket.write('\r\n');
    sent += chunkSize;
    if (!ok) await new Promise((resolve) => socket.once('drain', resolve).once('close', resolve));
  }
  if (!answered() && !socket.destroyed) socket.write('0\r\n\r\n');
  return sent;
}
