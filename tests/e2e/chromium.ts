import { execFileSync } from 'node:child_process'
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
 * For what is measured or shown to people (Lighthouse, screenshots): every phone and computer a
 * Japanese reader uses has a Japanese font. Without one, Chromium draws boxes and looks for a
 * fallback per character, which made the case study's first layout two to four times slower
 * (docs/performance.md, "A Japanese font on the measuring machine").
 */
export const requireJapaneseFont = () => {
  let families = ''
  try {
    families = execFileSync('fc-list', [':lang=ja', 'family']).toString().trim()
  } catch {
    // no fontconfig: no font Chromium could use either
  }
  if (!families) throw new Error('No Japanese font found (fc-list :lang=ja). Install one (Debian: apt-get install fonts-noto-cjk).')
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
