// Lint for the whole workspace: `pnpm lint`. Generated files are excluded.
import js from '@eslint/js';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.tools/**',
      'cms/dist/**',
      'cms/.tmp/**',
      'cms/.strapi/**',
      'cms/types/generated/**',
      'packages/*/dist/**',
      'cms/public/**',
      'web/.nuxt/**',
      'web/.output/**',
      'web/.data/**',
      'packages/api/src/graphql-env.d.ts',
      'bench/.work/**',
      'bench/results/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // TypeScript checks names (and knows Nuxt's auto-imports); no-undef cannot.
    files: ['**/*.ts', '**/*.mts', '**/*.vue'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Nuxt names pages, layouts and the error page by their file.
    files: ['web/app/pages/**/*.vue', 'web/app/layouts/*.vue', 'web/app/error.vue', 'web/app/app.vue'],
    rules: { 'vue/multi-word-component-names': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Tests read loosely typed JSON responses.
      '@typescript-eslint/no-explicit-any': 'off',
      // Formatting is not lint's job here.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
);
