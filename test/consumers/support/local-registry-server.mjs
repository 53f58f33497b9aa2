// Runs Verdaccio as a child process of the release rehearsal:
// `node local-registry-server.mjs <dir> <scope-folder> [uplink]`. Writes <dir>/<scope-folder>.yaml
// (storage in <dir>/storage; what is published to our scope in <dir>/storage/<scope-folder>, one
// folder per run, so that two runs never see each other's packages), listens on 127.0.0.1 on a port the OS
// chooses and prints one line `listening <url>` once it answers. Our scope is published to it
// anonymously and never proxied; every other package goes through the uplink, when given (the
// registry `npm config get registry` names), with npm's cache in front of it on the client side.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

const [dir, scopeFolder, uplink] = process.argv.slice(2);
if (!dir || !scopeFolder) throw new Error('Usage: node local-registry-server.mjs <dir> <scope-folder> [uplink-url]');
const configFile = join(dir, `${scopeFolder}.yaml`);

const config = `storage: ${JSON.stringify(join(dir, 'storage'))}
self_path: ${JSON.stringify(configFile)}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: -1
${uplink ? `uplinks:\n  upstream:\n    url: ${JSON.stringify(uplink)}\n    timeout: 60s\n    maxage: 30m\n    cache: true\n` : ''}packages:
  '@hwcloud-directory/*':
    storage: ${JSON.stringify(scopeFolder)}
    access: $all
    publish: $all
    unpublish: $all
  '**':
    access: $all
    publish: $authenticated
${uplink ? '    proxy: upstream\n' : ''}server:
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
