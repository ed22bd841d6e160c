import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Which way imports may point (the layering in README's "Code layout"). Patterns match the import string, so
// `**/app/**` catches '../app/x.ts' and '../../../../src/app/x.ts' alike. Each file gets exactly one of these
// blocks (a later block would replace an earlier one's options). Tests may cross layers to set up real servers
// and real guides, so only src/** tests are left out, and only from the runtime rules.
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const noServer = {
  group: ['**/server/**'],
  message: 'The browser code never imports the Node server (server/).',
};
const noApp = { group: ['**/app/**'], message: 'Only src/main.tsx and the app shell import src/app.' };
const noGuides = {
  group: ['**/guides/**'],
  message: 'The notebook runtime knows no guide: cells reach it through their definitions (CellDefinition).',
};
const noUi = {
  // A Failure is plain data the API client produces; the cards that explain it are UI.
  regex:
    '(^|/)(notebook|app|shell|presenter|content|guides|snippets|progress|export)/|(^|/)troubleshooting/(?!failure\\.ts$)',
  message: 'src/api and src/secrets hold no UI: they import only each other (and the Failure type).',
};
const noGuideRegistry = {
  group: ['**/src/guides/**', '**/registry.ts', '**/active-guide.ts'],
  message: 'A cell module does not know the guide registry.',
};
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const cellModules = ['content/guides/*/cells/**/*.{ts,tsx}', 'src/guides/fixtures/*/cells/**/*.{ts,tsx}'];
const importDirection = [
  restrict(
    ['src/**/*.{ts,tsx}'],
    [noServer],
    [...TESTS, 'src/notebook/**', 'src/api/**', 'src/secrets/**', ...cellModules],
  ),
  restrict(['src/notebook/**/*.{ts,tsx}'], [noServer, noGuides, noApp], TESTS),
  restrict(['src/api/**/*.{ts,tsx}', 'src/secrets/**/*.{ts,tsx}'], [noServer, noUi], TESTS),
  restrict(
    ['server/**/*.ts'],
    [
      {
        // Besides src/api and src/secrets, the workshop server shares the room's wire protocol, and reads the
        // guide's cell and card ids (workshop-ids.ts) from the same pure modules the browser uses.
        regex:
          '(^|/)src/(?!api/|secrets/|workshop/room-protocol\\.ts$|content/parse-guide\\.ts$|guides/registry\\.ts$|troubleshooting/card-ids\\.ts$)',
        message:
          'The server shares only the API contract (src/api), the key checks and masking (src/secrets), the room protocol and the guide ids.',
      },
    ],
    // The contract test's cases compare the demo handlers (src/mocks) with the real proxy: test support.
    [...TESTS, 'server/demo-contract-cases.ts'],
  ),
  restrict(cellModules, [noServer, noApp, noGuideRegistry]),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'content/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Secrets never go to the console; errors are shown as cards instead.
      'no-console': 'error',
    },
  },
  ...importDirection,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
