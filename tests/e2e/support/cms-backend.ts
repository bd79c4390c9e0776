/**
 * Where the CMS tests run decap-server: a free port chosen by global setup, and baked into the seed
 * site's /admin/ so the form finds this local backend.
 */
export function cmsBackendUrl(): string {
  const port = process.env['E2E_CMS_BACKEND_PORT'];
  if (!port)
    throw new Error('E2E_CMS_BACKEND_PORT is not set: run the browser tests with `npx playwright test`, whose global setup sets it.');
  return `http://127.0.0.1:${port}/api/v1`;
}
