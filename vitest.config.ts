import { defineConfig } from 'vitest/config';

// Two projects, run as two steps of `npm test`: unit tests spawn no build and finish in seconds;
// integration tests build fixture sites or run the project's scripts as an editor would.
export default defineConfig({
  test: {
    projects: [
      // Unit tests read real fixtures through the build's renderer: on a busy 2-core machine some take over Vitest's default 5 s.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
    ],
  },
});
