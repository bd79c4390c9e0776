import { e2ePort } from './built-sites.ts';

/**
 * Where the CMS tests run decap-server (two ports above the seed site, so parallel runs never
 * collide). The seed site is built with this address, so its /admin/ finds the local backend.
 */
export const cmsBackendUrl = `http://127.0.0.1:${e2ePort + 2}/api/v1`;
