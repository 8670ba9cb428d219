import nextPlugin from '@next/eslint-plugin-next'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      '.data/**',
      'node_modules/**',
      'media/**',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'migrations/*.ts',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Arrows point down (docs/architecture.md): routes use components, mail and domain modules,
    // never the other way round. Server actions reach a component as props.
    files: ['src/components/**', 'src/email/**', 'src/admin/**', 'src/lib/**', 'src/data/**', 'collections/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '**/app/(*'], message: 'Only routes import from src/app/.' }] }],
    },
  },
  {
    // Mail templates receive strings and URLs; the domain modules that send mail build them.
    files: ['src/email/templates/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^@/(?!i18n/|lib/site$)', message: 'A template imports only the translator and absolute URLs; pass it what it shows.' }] },
      ],
    },
  },
  {
    // Every redirect goes through src/security/redirects.ts, which checks the final Location
    // (docs/security.md#redirects). As syntax rules, so they add to the import rules above.
    files: ['src/**', 'collections/**', 'globals/**'],
    ignores: ['src/security/redirects.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value=/^next\\/navigation(\\.js)?$/] > ImportSpecifier[imported.name=/^(redirect|permanentRedirect)$/]",
          message: 'Redirect with redirectTo from src/security/redirects.ts.',
        },
        {
          selector: "MemberExpression[object.name=/^(NextResponse|Response)$/][property.name='redirect']",
          message: 'Redirect with redirectTo or sameSiteLocation from src/security/redirects.ts.',
        },
      ],
    },
  },
)
