import { defineConfig } from 'vitest/config';

// Two projects, run as two steps of `npm test`: unit tests spawn no build and finish in seconds;
// integration tests build fixture sites or run the project's scripts as an editor would.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
    ],
  },
});
