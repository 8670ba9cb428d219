/**
 * Browser tests against a production build:
 * fresh database → migrations → demo content → `next build` → `next start` → Playwright → clean up.
 * Uses TEST_DATABASE_URL's server when set, else an embedded PostgreSQL.
 *
 * The server sends mail to an SMTP server in this process (tests/helpers/mailbox.ts), which
 * writes each message as JSON into E2E_MAIL_DIR for the specs to read (tests/e2e/mail.ts).
 */
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createScratchDatabase, freePort } from '../src/db/scratch'
import { startMailbox } from '../tests/helpers/mailbox'
import { productionEnv, root, run, startProductionServer, waitForServer } from './lib/processes'

// Own build directory per run, so parallel runs never overwrite each other's build.
const distDir = `.next-e2e-${process.pid}`

const step = (text: string) => console.log(`\n[e2e] ${text}`)

const main = async () => {
  const started = Date.now()
  const port = Number(process.env.E2E_PORT) || (await freePort())
  const baseUrl = `http://localhost:${port}`
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'enishi-e2e-mail-'))
  let received = 0
  const mailbox = await startMailbox({
    onMessage: (mail) => writeFileSync(path.join(mailDir, `${String(++received).padStart(5, '0')}.json`), JSON.stringify(mail)),
  })
  step('creating a fresh database')
  const db = await createScratchDatabase('enishi_e2e')
  const env: NodeJS.ProcessEnv = {
    ...productionEnv(db.url, baseUrl, distDir),
    // The browser tests sign in dozens of times from one address: production limits × 100
    // (src/security/rateLimit.ts). The limits themselves are proven by tests/int/security.rate-limits.test.ts.
    ENISHI_RATE_LIMIT_FACTOR: process.env.ENISHI_RATE_LIMIT_FACTOR || '100',
  }
  let server: ChildProcess | undefined
  let failed = false
  try {
    step('applying migrations')
    await run('tsx', ['scripts/migrate.ts'], env)
    step('seeding demo content')
    await run('tsx', ['scripts/seed.ts'], env)
    step('building the production app (next build)')
    await run('next', ['build'], env)
    step(`starting the production server on ${baseUrl}`)
    server = startProductionServer(port, { ...env, SMTP_HOST: mailbox.host, SMTP_PORT: String(mailbox.port) })
    await waitForServer(baseUrl, server)
    step('running Playwright in Chromium')
    await run('playwright', ['test', ...process.argv.slice(2)], { ...env, BASE_URL: baseUrl, E2E_MAIL_DIR: mailDir })
  } catch (error) {
    failed = true
    console.error(`[e2e] ${error instanceof Error ? error.message : error}`)
  } finally {
    server?.kill('SIGTERM')
    rmSync(path.join(root, distDir), { recursive: true, force: true })
    await mailbox.close()
    rmSync(mailDir, { recursive: true, force: true })
    await db.drop().catch((error) => console.error('[e2e] could not drop the database:', error))
    step(`${failed ? 'failed' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`)
  }
  process.exit(failed ? 1 : 0)
}

void main()
