// Child process of the throughput benchmark: starts the standalone mock server from the
// bundle given in argv[2] and prints its URL. argv[3] === 'validate-responses' turns on
// response validation too.
const [, , bundle, mode] = process.argv;
const { startMockServer } = await import(bundle);
const server = await startMockServer({ port: 0, seed: 42, handlerOptions: { validateResponses: mode === 'validate-responses' } });
console.log(`READY ${server.url}`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
