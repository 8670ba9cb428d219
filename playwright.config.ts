import { defineConfig } from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium'

/**
 * Browser tests run in the system's Chromium against a production build that
 * scripts/e2e.ts starts (BASE_URL). No browser is downloaded.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL || 'http://localhost:3000',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
  },
})
