import { defineConfig } from 'vitest/config'

/**
 * Two projects: `unit` (pure functions, no database) and `int` (Payload against a real,
 * migrated PostgreSQL created by tests/helpers/globalSetup.ts). Integration files share that
 * database and run one after another; each creates its own uniquely named data.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    watch: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.test.ts'],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          setupFiles: ['tests/helpers/setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
