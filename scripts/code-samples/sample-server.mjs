/**
 * The server every code sample of an API calls: the first of the operation model's servers,
 * so that the curl URL and the client's `region` name the same one.
 * @param {import('@hwcloud-directory/protocol').ApiModel} model
 * @returns {{ region: string, url: string }}
 * @example sampleServer(model) // { region: 'cn-north-4', url: 'https://…' }
 */
export function sampleServer(model) {
  const [entry] = Object.entries(model.servers);
  if (!entry) throw new Error(`code samples: the ${model.api} operation model lists no server (servers[].x-region)`);
  const [region, url] = entry;
  return { region, url };
}
