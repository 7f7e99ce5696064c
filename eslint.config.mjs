// ESLint flat config. TypeScript: typescript-eslint's type-aware recommended
// rules, with the types of tsconfig.json. Plain JavaScript (build scripts,
// bin, config files): ESLint's recommended rules with Node's globals.
// Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'Buffer',
    'URL',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'fetch',
    'AbortController',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.skytally/**', 'coverage/**', '.tmp*/**', '.tmp*'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals, sourceType: 'module' },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // The dashboard's page scripts: ES modules in the browser.
    files: ['apps/dashboard/public/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'navigator',
          'location',
          'history',
          'console',
          'fetch',
          'URL',
          'URLSearchParams',
          'EventSource',
          'CSS',
          'Intl',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'HTMLElement',
          'Element',
          'Node',
          'SVGElement',
          'localStorage',
          'sessionStorage',
          'matchMedia',
          'getComputedStyle',
          'ResizeObserver',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
