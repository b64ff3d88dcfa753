// Lint config: typescript-eslint's recommended rules plus the project's few house rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md rule 3).' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: formulas and templates are data.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: formulas and templates are data.' },
      ],
    },
  },
  {
    // Declarations of untyped packages describe their real shape, default exports included.
    files: ['eslint.config.js', 'vitest.config.ts', 'src/types/**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
