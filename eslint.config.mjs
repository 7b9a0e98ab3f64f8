import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.cache/**', 'node_modules/**', 'test-results/**', '**/*.d.ts', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // core/ is pure logic: no VS Code API, no Node built-ins (it also runs in a web worker).
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', 'node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core must stay free of vscode and Node APIs.' }] }] },
  },
  {
    // Extension code runs in the web worker host too: file access goes through vscode.workspace.fs.
    files: ['src/features/**/*.ts', 'src/services/**/*.ts', 'src/extension.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Use vscode.workspace.fs and vscode.Uri: this code also runs in the browser.' }] }] },
  },
  {
    // The Vocabulary view's matching thread runs only in the Node host (started from matchThread.ts
    // where worker_threads exists): it reads a full scan's files with Node's fs (see the file), and
    // lowers its own priority with node:os; matchBytes.ts, which only it imports, checks encodings
    // with node:buffer.
    files: ['src/features/vocabularyView/matchWorker.ts', 'src/features/vocabularyView/matchBytes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '!node:worker_threads', '!node:fs', '!node:path', '!node:os', '!node:buffer', 'fs', 'path', 'os', 'child_process'], message: 'The matching thread reads files and matches; nothing else.' }] }] },
  },
  {
    // Libraries activation does not need are loaded at first use through src/core/libraries.ts: a
    // static import anywhere would evaluate them when the bundle loads again. Types are fine.
    files: ['src/**/*.ts'],
    ignores: ['src/core/libraries.ts', 'src/core/lazy/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{
        group: ['yaml', 'markdown-it', 'ics', 'handlebars', 'handlebars/*'], allowTypeImports: true,
        message: 'Load it at first use through src/core/libraries.ts (import its types only), so activation does not evaluate it.',
      }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', document: 'readonly', NodeFilter: 'readonly', window: 'readonly', globalThis: 'readonly', sessionStorage: 'readonly', Buffer: 'readonly' } },
  },
);
