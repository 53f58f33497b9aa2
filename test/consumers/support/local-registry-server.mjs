// Runs Verdaccio as a child process of the release rehearsal:
// `node local-registry-server.mjs <dir>`. Writes <dir>/config.yaml (storage in <dir>/storage),
// listens on 127.0.0.1 on a port the OS chooses and prints one line `listening <url>` once it
// answers. It holds our scope only, published to it anonymously; it has no uplink, so a request
// for any other package is refused.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('Usage: node local-registry-server.mjs <dir>');
const configFile = join(dir, 'config.yaml');

const config = `storage: ${JSON.stringify(join(dir, 'storage'))}
self_path: ${JSON.stringify(configFile)}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: -1
packages:
  '@hwcloud-directory/*':
    access: $all
    publish: $all
    unpublish: $all
server:
  keepAliveTimeout: 60
max_body_size: 100mb
log: { type: stdout, format: pretty, level: error }
web:
  enable: false
`;
await writeFile(configFile, config);
const app = await runServer(configFile);
const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`listening http://127.0.0.1:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
