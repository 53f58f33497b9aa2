// A synthetic operation model: an API's real operations plus made-up ones shaped like most of
// the real ones (details, writes and lists in the API's list dialect), to see how an app's
// size follows the number of operations in the client's generated table.

/**
 * `model` with made-up operations added until it has `count`: in turn a GET of one record, a
 * PUT, a DELETE, a POST, and a GET list that pages as the model's first GET list does. Each is
 * authenticated as that list (else as the first operation that is not a login), answers
 * plainly (no envelope), and documents no page-size maximum.
 * @param {import('@hwcloud-directory/protocol').ApiModel} model
 * @param {number} count
 * @returns {import('@hwcloud-directory/protocol').ApiModel}
 */
export function syntheticModel(model, count) {
  const list = model.operations.find((operation) => operation.paging && operation.method === 'GET');
  const like = list ?? model.operations.find((operation) => !operation.login) ?? model.operations[0];
  const added = [];
  for (let n = 1; model.operations.length + added.length < count; n++) {
    const kind = n % 5;
    const base = { ...like, operationId: `synthetic${n}`, envelope: false, paging: null, login: false, path: `/v1/synthetic/things-${n}/{id}` };
    if (kind === 0 && list) {
      added.push({ ...base, method: 'GET', path: `/v1/synthetic/things-${n}`, paging: { ...list.paging, limit: { minimum: 1 } } });
    } else {
      added.push({ ...base, method: ['GET', 'PUT', 'DELETE', 'POST'][kind - 1] ?? 'GET' });
    }
  }
  return { ...model, operations: [...model.operations, ...added] };
}
