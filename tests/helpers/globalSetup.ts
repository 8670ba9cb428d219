/**
 * Global setup of the integration tests (runs once, in the Vitest main process):
 *
 * 1. a PostgreSQL server — TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)
 *    when set, otherwise an embedded PostgreSQL started in a temporary directory on a free port;
 * 2. a fresh database `enishi_test_<random>` on it, migrated with the committed migrations;
 * 3. its URL, the server URL and a random PAYLOAD_SECRET provided to the test files
 *    (see setup.ts, which copies them into process.env before the config is imported).
 *
 * Teardown drops the database and stops and removes the embedded server.
 */
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import type { EmbeddedDatabase } from '../../src/db/embedded'
import { createDatabase, dropDatabase } from './database'
import { runTsx } from './tsx'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated test database. */
    databaseUrl: string
    /** The server's maintenance database, for tests that create databases of their own. */
    serverUrl: string
    payloadSecret: string
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const log = (line: string) => console.log(`[test-db] ${line}`)

/**
 * Migrates the test database with scripts/migrate.ts in a child process, so this process
 * holds no connection to the database it drops later.
 */
const runMigrations = async (env: { DATABASE_URL: string; PAYLOAD_SECRET: string }) => {
  // NODE_ENV=production as for `payload migrate` in production: Payload then neither
  // regenerates payload-types.ts on start-up nor pushes a dev schema.
  await runTsx(['scripts/migrate.ts'], { env: { ...process.env, ...env, NODE_ENV: 'production' } })
}

export default async function setup(project: TestProject) {
  const started = Date.now()
  const cleanup: (() => Promise<void>)[] = []
  const teardown = async () => {
    for (const step of cleanup.reverse()) await step().catch((error) => log(`teardown: ${error}`))
  }

  try {
    let serverUrl = process.env.TEST_DATABASE_URL
    if (!serverUrl) {
      // The cluster lives one level down in a directory of our own: startEmbeddedPostgres
      // writes next to the data directory and, as root, changes the parent's permissions.
      const tempDir = path.join(os.tmpdir(), `enishi-test-pg-${process.pid}`)
      rmSync(tempDir, { recursive: true, force: true })
      cleanup.push(async () => rmSync(tempDir, { recursive: true, force: true }))
      const { startEmbeddedPostgres } = await import('../../src/db/embedded')
      const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
        dataDir: path.join(tempDir, 'data'),
        port: await freePort(),
        log: (line) => log(line),
      })
      cleanup.push(() => embedded.stop())
      serverUrl = embedded.url('postgres')
    }

    const database = await createDatabase(serverUrl, 'enishi_test')
    cleanup.push(() => dropDatabase(serverUrl, database.name))

    const payloadSecret = randomBytes(32).toString('hex')

    await runMigrations({ DATABASE_URL: database.url, PAYLOAD_SECRET: payloadSecret })

    project.provide('databaseUrl', database.url)
    project.provide('serverUrl', serverUrl)
    project.provide('payloadSecret', payloadSecret)
    log(`${database.name} migrated (${process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : 'embedded PostgreSQL'}, ${Date.now() - started} ms)`)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
