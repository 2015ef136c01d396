// ESLint flat config. The layering rules below are the dependency rules of docs/ARCHITECTURE.md:
// server -> dialogs -> services -> domain <- understanding; storage implements services' ports.
// They are enforced here, not by goodwill.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const hostPackages = [
  {
    group: ['botbuilder', 'botbuilder-*', 'botframework-*'],
    message: 'Keep Bot Framework types out of this layer.',
  },
  { group: ['ioredis'], message: 'Redis belongs in src/storage behind a port.' },
  { group: ['restify'], message: 'HTTP belongs in src/server or src/channels.' },
];
const layer = (name) => ({
  group: [`**/${name}`, `**/${name}/**`],
  message: `This layer may not import ${name}.`,
});
const noServer = layer('server');
const noStorage = layer('storage');
const noChannels = layer('channels');
const noServices = layer('services');
const noDialogs = { group: ['**/dialogs', '**/dialogs/**'], message: 'This layer may not import dialogs.' };

const noProcessEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Only src/server/config.ts reads process.env.',
};
const pureRules = [
  noProcessEnv,
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: '"now" is an argument in this layer.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: '"now" is an argument in this layer.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...hostPackages,
            noServer,
            noStorage,
            noChannels,
            noServices,
            noDialogs,
            layer('understanding'),
            layer('i18n'),
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...pureRules],
    },
  },
  {
    files: ['src/understanding/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...hostPackages, noServer, noStorage, noChannels, noServices, noDialogs] },
      ],
      'no-restricted-syntax': ['error', ...pureRules],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...hostPackages, noServer, noStorage, noChannels, noDialogs] },
      ],
      'no-restricted-syntax': ['error', ...pureRules],
    },
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...hostPackages, noServer, noStorage, noChannels, noServices, noDialogs] },
      ],
      'no-restricted-syntax': ['error', noProcessEnv],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [hostPackages[2], noServer, noChannels, noDialogs] }],
      'no-restricted-syntax': ['error', noProcessEnv],
    },
  },
  {
    files: ['src/channels/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noServer, noDialogs] }],
      'no-restricted-syntax': ['error', noProcessEnv],
    },
  },
  {
    files: ['dialogs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [hostPackages[1], hostPackages[2], noServer, noStorage, noChannels] },
      ],
      'no-restricted-syntax': ['error', noProcessEnv],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/config.ts'],
    rules: { 'no-restricted-syntax': ['error', noProcessEnv] },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
