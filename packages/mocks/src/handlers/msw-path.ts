/** Turns an OpenAPI path template into an MSW path on a base URL: `{account}` becomes `:account`. */
export function mswPath(baseUrl: string, template: string): string {
  return `${baseUrl}${template.replace(/\{([^}]+)\}/g, ':$1')}`;
}
