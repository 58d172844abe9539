import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The dependency arrows point one way: ui → state → engine/catalog. Lint enforces it.
const noUiLibs = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts', 'katex'], message: 'engine/ and catalog/ stay framework-free.' },
    { group: ['**/state/*', '**/ui/*', '**/state', '**/ui'], message: 'engine/ and catalog/ never import from state/ or ui/.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'bench-results', '.e2e-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use an `as const` union, not enum.' }],
    },
  },
  { files: ['src/engine/**', 'src/catalog/**'], rules: { 'no-restricted-imports': ['error', noUiLibs] } },
  {
    files: ['src/catalog/**'],
    rules: {
      // The catalog receives tfjs as an argument; a runtime import would drag tfjs into the page bundle.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@tensorflow/*'], allowTypeImports: true, message: 'catalog/ takes tf as a parameter; use `import type`.' }] },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tensorflow/*'], message: 'The page never runs tfjs: training lives in the Worker (src/engine).' },
            { group: ['**/engine/*', '**/engine'], message: 'state/ talks to the engine only through the wire (src/wire/protocol).' },
            { group: ['**/ui/*', '**/ui'], message: 'state/ never imports ui/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@tensorflow/*'], message: 'The page never runs tfjs: training lives in the Worker (src/engine).' },
            {
              group: ['**/engine/*', '**/engine', '**/wire/*', '**/wire', '**/experiment/*', '**/experiment'],
              message: 'ui/ imports only state/ and catalog/ (state/types.ts and state/schema.ts re-export what it needs).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/wire/**'],
    rules: {
      // The wire is shared by both sides; an import from outside it would couple them (or start a cycle) through
      // it. Its own files (./name) may import each other.
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` union, not enum.' },
        { selector: 'ImportDeclaration[source.value!=/^\\.\\/\\w+$/]', message: 'src/wire imports nothing from outside src/wire.' },
        { selector: 'ExportAllDeclaration', message: 'src/wire re-exports by name only.' },
        { selector: 'ExportNamedDeclaration[source][source.value!=/^\\.\\/\\w+$/]', message: 'src/wire imports nothing from outside src/wire.' },
      ],
    },
  },
  {
    files: ['src/experiment/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/engine/*', '**/state/*', '**/ui/*', 'react', 'zustand', 'recharts'], message: 'experiment/ is the schema only: catalog ids and zod.' }] }] },
  },
  { files: ['src/ui/**'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
);
