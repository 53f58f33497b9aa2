/** The hash route under which the Redoc reference shows an operation, e.g. `#/directory/searchcorpadmins`. */
export declare function redocOperationAnchor(operation: { operationId: string; tags: readonly string[] }): string;
