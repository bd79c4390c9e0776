// One linter for the whole tree: TypeScript, Astro components and the scripts.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.e2e/', '.astro/', 'node_modules/', 'test-results/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // A leading underscore names a value left out on purpose (`{ rendered: _html, ...entry }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // What the browser runs: the client modules, Astro components' scripts, the service worker.
    files: ['src/client/**', '**/*.astro', 'src/search-and-offline/service-worker.ts'],
    languageOptions: { globals: globals.browser },
  },
);
