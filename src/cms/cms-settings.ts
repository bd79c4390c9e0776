// Where the editing form saves, read from the environment when the site is built.
import { toPreviewFlag } from '../site-settings.mjs';

/** How the form at /admin/ reaches the repository. */
export interface CmsSettings {
  /** `owner/name` on GitHub; undefined when the build does not know it (the form then says so). */
  repo: string | undefined;
  /** The branch releases are published from; each release gets a `cms/...` branch off it. */
  branch: string;
  /** The OAuth service that signs editors in to GitHub (a GitHub Pages site cannot: see the README). */
  oauthUrl: string | undefined;
  /** decap-server's address when a local Git repository is edited instead of GitHub. */
  localBackendUrl: string | undefined;
  /** A pull request's preview (NEWSROOM_PREVIEW=1): the form says it is not set up there, whatever else is known. */
  preview: boolean;
}

export function cmsSettings(env: Record<string, string | undefined> = process.env): CmsSettings {
  return {
    repo: env['NEWSROOM_CMS_REPO'] || env['GITHUB_REPOSITORY'] || undefined,
    branch: env['NEWSROOM_CMS_BRANCH'] || 'main',
    oauthUrl: env['NEWSROOM_CMS_OAUTH_URL'] || undefined,
    localBackendUrl: env['NEWSROOM_CMS_LOCAL_BACKEND'] || undefined,
    preview: toPreviewFlag(env['NEWSROOM_PREVIEW']),
  };
}
