import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers, and what each may import (see "How it is built" in README.md):
 *   core        pure: nothing below
 *   storage     the only Dexie code; no React, no UI, no lib
 *   operations  named operations over storage and core; no React
 *   hooks       React bindings over operations (the only useLiveQuery)
 *   components, lib, pdf, xlsx   shared UI pieces and renderers; never storage
 *   features    screens; never storage, never another feature
 * A later block wins for the files it matches, so each layer lists everything it may not import.
 */
const REACT = ['react', 'react-dom', 'react-dom/*', 'react-router', 'react-hook-form', 'recharts', 'dexie-react-hooks'];
const STORAGE = ['**/storage/*', '../storage', '../../storage'];
const UI = ['**/features/*', '**/features/**', '**/components/*', '**/hooks/*', '**/app/*'];
const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zone = (files, group, message, ignores) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'dev-dist', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
      ],
    },
  },
  zone(['src/**/*.{ts,tsx}'], ['dexie', 'dexie-react-hooks'], 'Only src/storage uses Dexie, and only src/hooks binds it to React.', ['src/storage/**', 'src/hooks/**']),
  zone(['src/hooks/**/*.{ts,tsx}'], ['dexie', ...STORAGE, '**/features/*', '**/features/**'], 'Hooks read through src/operations, never storage.'),
  zone(
    ['src/core/**/*.ts'],
    [...REACT, 'dexie', 'dexie-*', 'jspdf', 'jspdf-*', 'exceljs', 'exceljs/*', ...STORAGE, '**/operations/*', '**/lib/*', '**/pdf/*', '**/pdf/**', '**/xlsx/*', '**/xlsx/**', ...UI],
    'src/core is pure: no React, storage, DOM-bound libraries or UI.',
  ),
  zone(['src/storage/**/*.ts'], [...REACT, '**/lib/*', '**/operations/*', '**/pdf/*', '**/pdf/**', ...UI], 'src/storage holds no React and knows nothing of the UI.'),
  zone(['src/operations/**/*.ts'], ['dexie', ...REACT, ...UI], 'Operations are plain functions: no React, no UI, and Dexie only through storage.'),
  zone(['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/pdf/**/*.ts', 'src/xlsx/**/*.ts'], ['dexie', 'dexie-react-hooks', ...STORAGE, '**/features/*', '**/features/**'], 'Shared pieces and renderers never touch storage or a feature.'),
  ...features.map((name) =>
    zone(
      [`src/features/${name}/**/*.{ts,tsx}`],
      ['dexie', 'dexie-react-hooks', ...STORAGE, ...features.filter((other) => other !== name).flatMap((other) => [`../${other}/*`, `**/features/${other}/*`])],
      'A feature reads data through src/operations and src/hooks, and never imports another feature (shared pieces go in src/components).',
    ),
  ),
);
