import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

/** The system Chromium: CHROMIUM_PATH, or the usual install paths. Never downloads one. */
export const findChromium = (): string => {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => Boolean(p && existsSync(p)))
  if (!found) {
    throw new Error(
      `No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH. Looked in: ${CANDIDATES.join(', ')}`,
    )
  }
  return found
}

/**
 * Flags for every headless Chromium the project starts (browser tests, screenshots, Lighthouse):
 * no sandbox (root in CI) and no background connections, which this machine's closed network
 * refuses many at a time.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
