// Lint rules: typescript-eslint's recommended set, the React hooks rules, and the layers: no import
// circle anywhere in the code, and the page's code importing neither the build nor the language work.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** Folders of code that runs in the reader's browser (src/data is shared with the build). */
const browser = ['app', 'story', 'graphics', 'present', 'embed', 'lib', 'edition', 'data'].map((folder) => `src/${folder}/**/*.{ts,tsx}`);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The build makes each edition in Node (src/build/) with the language work (src/i18n/); the page's code
    // receives what they make and imports neither, but for their types.
    files: browser,
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#src/build/*', '#src/i18n/*', '**/build/**', '**/i18n/**'],
              message: 'The page’s code imports neither the build nor the language work (src/build/, src/i18n/): take it from the edition.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
