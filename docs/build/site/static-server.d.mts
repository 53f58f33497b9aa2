/** Types for static-server.mjs, so TypeScript tests can import it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port><basePath>` */
  url: string;
  port: number;
  close(): Promise<void>;
}
export function startStaticServer(options: { root: string; basePath?: string; port?: number; host?: string }): Promise<StaticServer>;
