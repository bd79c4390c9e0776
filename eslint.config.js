// One linter for the whole tree: TypeScript, Astro components and the scripts.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Node's own modules, which no code the browser loads may import. */
const nodeModules = { group: ['node:*'], message: 'This module reaches the browser, which has no Node modules.' };

export default defineConfig(
  { ignores: ['dist/', '.e2e/', '.astro/', 'node_modules/', 'test-results/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
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
    // What the browser runs: the client modules and Astro components' scripts.
    files: ['src/client/**', 'src/search/browser/**', 'src/cms/browser/**', '**/*.astro'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Search in the browser sees only the contract it shares with the build, and the two languages.
    files: ['src/search/browser/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeModules,
            {
              regex: String.raw`^\.\./(?!contract/|\.\./i18n/)`,
              message: 'Search in the browser imports only ../contract/ and src/i18n/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Maintainers' commands stand on their own: helpers they share with the tests live in scripts/support/.
    files: ['scripts/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: String.raw`(^|/)tests/`, message: 'scripts/ never imports tests/.' }] }],
    },
  },
  {
    // The contract and what it builds on are loaded by the browser too, so they stay free of Node.
    files: ['src/search/contract/**', 'src/i18n/**', 'src/releases/partial-date.ts', 'src/releases/vocabulary.ts', 'src/releases/scope.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeModules,
            { group: ['**/search/build/*', '**/search/browser/*'], message: 'The contract imports neither side of it.' },
          ],
        },
      ],
    },
  },
);
