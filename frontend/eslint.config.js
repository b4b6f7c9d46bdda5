// Lint of the SPA: TypeScript and React hooks rules, and the module walls (style.md, "Module walls"):
// a feature never imports another feature; components, lib, api and testing never import a feature;
// only app (router, layout) imports features.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The parts of src/ and which parts each may import. A feature's imports of itself are internal and always allowed. */
const elements = [
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'components', pattern: 'src/components' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'api', pattern: 'src/api' },
  { type: 'testing', pattern: 'src/testing' },
  { type: 'locales', pattern: 'src/locales' },
  // The shipped default config.json (its test reads it).
  { type: 'public', pattern: 'public' },
];

const shared = ['components', 'lib', 'api', 'testing', 'locales'];
const mayImport = {
  app: ['app', 'feature', ...shared],
  feature: shared,
  components: shared,
  lib: [...shared, 'public'],
  api: shared,
  testing: ['app', ...shared],
  locales: ['locales'],
};

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'src/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['vite.config.ts', 'playwright.config.ts', 'e2e/**/*.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' } },
      'boundaries/elements': elements,
      // The entry point belongs to no element; it starts the app.
      'boundaries/files': [{ category: 'entry', pattern: 'src/main.tsx' }],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      // Test files name modules in vi.mock('…') / vi.importActual('…') and in import('…') types too.
      'boundaries/additional-dependency-nodes': [
        {
          selector: 'CallExpression[callee.object.name="vi"][callee.property.name=/^(mock|doMock|unmock|importActual|importMock)$/] > Literal',
          kind: 'value',
          name: 'vi-mock',
        },
        { selector: 'TSImportType > Literal', kind: 'type', name: 'import-type' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(mayImport).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { type: to } } },
            })),
            { from: { file: { categories: 'entry' } }, allow: { to: { element: { type: ['app', ...shared] } } } },
          ],
        },
      ],
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/no-unknown-files': 'error',
    },
  },
);
