// Browser tests against a running Salesdesk (SALESDESK_URL, default http://127.0.0.1:8080),
// with Debian's Chromium: playwright never downloads a browser here.
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'

const here = fileURLToPath(new URL('.', import.meta.url))
process.env.SALESDESK_SCREENSHOTS ??= `${here}test-results/screenshots`

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  outputDir: 'test-results/e2e-artifacts',
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-results/e2e-results.json' }],
    ['./e2e/support/summary-reporter.ts'],
  ],
  use: {
    baseURL: process.env.SALESDESK_URL ?? 'http://127.0.0.1:8080',
    browserName: 'chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    // An action that cannot happen fails with its own message instead of the test's timeout.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
