import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Mail } from '../helpers/mailbox'

export { linksIn } from '../helpers/mailbox'

/**
 * Mail the app sent during the browser tests: scripts/e2e.ts runs an SMTP server that writes
 * each message as JSON into E2E_MAIL_DIR.
 */
const readAll = (): Mail[] => {
  const dir = process.env.E2E_MAIL_DIR
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the browser tests with `npm run test:e2e`')
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Mail)
}

/** The first message that matches, waiting for it to arrive. */
export const waitForMail = async (predicate: (mail: Mail) => boolean, timeoutMs = 15_000): Promise<Mail> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = readAll().find(predicate)
    if (found) return found
    if (Date.now() > deadline) throw new Error(`no matching mail within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
