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
