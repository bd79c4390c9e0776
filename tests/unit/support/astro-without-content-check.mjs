// The site's own Astro configuration without the content check, so a test can see what Astro
// itself does with a file the check would refuse. Used only by the equivalence test.
import config from '../../../astro.config.mjs';

export default {
  ...config,
  integrations: config.integrations.filter((integration) => integration.name !== 'newsroom:content-checks'),
};
