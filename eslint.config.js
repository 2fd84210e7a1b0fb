import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads', 'stream', 'events', 'util', 'zlib'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', '.cache/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-console': 'off',
      // The layers of DESIGN.md, enforced: core is plain Node, the renderer reaches the app only via window.workbench.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: './src/renderer', message: 'core must not import the renderer' },
            { target: './src/core', from: './src/main', message: 'core must not import the Electron shell' },
            { target: './src/core', from: './src/server', message: 'core must not import the server' },
            { target: './src/shared', from: './src/core', message: 'shared is the contract: zod and types only' },
            { target: './src/renderer', from: './src/core', message: 'the renderer reaches core only through window.workbench' },
            { target: './src/renderer', from: './src/main', message: 'the renderer must not import the Electron shell' },
            { target: './src/renderer', from: './src/server', message: 'the renderer must not import the server' },
            { target: './src/preload', from: './src/core', message: 'preload exposes the contract only' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'core and shared never import Electron' },
            { name: 'react', message: 'core and shared never import React' },
            { name: 'react-dom', message: 'core and shared never import React' },
          ],
          patterns: [{ group: ['react/*', 'react-dom/*', '@mantine/*', '@tanstack/*'], message: 'no UI code in core or shared' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'better-sqlite3'],
          patterns: [{ group: NODE_BUILTINS, message: 'shared is zod and types only: it runs in the renderer too' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'the renderer talks only to window.workbench' },
            { name: 'better-sqlite3', message: 'the renderer never touches the store' },
          ],
          patterns: [{ group: NODE_BUILTINS, message: 'the renderer never imports Node' }],
        },
      ],
    },
  },
);
