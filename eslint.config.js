// Lint: TypeScript with type-aware promise rules, and the dependency rule of ARCHITECTURE.md
// held by import restrictions, each with a message that says why.
import tseslint from 'typescript-eslint';

const onlyIn = (pkg, where) => ({ name: pkg, message: `${pkg} is imported only under ${where}: the rest of the server speaks to the GraphStore port.` });

export default tseslint.config(
  { ignores: ['node_modules', 'client/dist', 'tmp', 'test/e2e/artifacts', 'bench/results', '**/*.mjs', 'eslint.config.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { project: ['./tsconfig.json', './client/tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/src/store/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [onlyIn('neo4j-driver', 'server/src/store/neo4j/'), onlyIn('@grafeo-db/js', 'server/src/store/embedded/')] }] },
  },
  {
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'The client reaches the server only over HTTP.' }] }] },
  },
);
