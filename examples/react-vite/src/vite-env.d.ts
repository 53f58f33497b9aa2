/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `worker`: answer the API from the @hwcloud-directory/mocks service worker. */
  readonly VITE_API_MOCKS?: string;
  /** Meeting access token for real requests. */
  readonly VITE_MEETING_ACCESS_TOKEN?: string;
}
