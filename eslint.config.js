// Lint: TypeScript rules plus the lit, web-components and lit-a11y plugins.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: ['dist/', 'lib/', 'types/', 'node_modules/', 'custom-elements.json', '.test-results/'],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(
      Object.keys(litA11y.rules).map((name) => [`lit-a11y/${name}`, 'error']),
    ),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
);
