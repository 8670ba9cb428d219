import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from './embedded'

export type ScratchDatabase = { url: string; drop: () => Promise<void> }

/** A TCP port nobody listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/**
 * A fresh, empty database for one test run, dropped afterwards: on the server named by
 * TEST_DATABASE_URL when set, otherwise on an embedded PostgreSQL in a temporary directory.
 */
export const createScratchDatabase = async (prefix: string): Promise<ScratchDatabase> => {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  const serverUrl = process.env.TEST_DATABASE_URL

  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: serverUrl })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
      },
    }
  }

  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), `${prefix}-`)), 'pg')
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    databases: [name],
    log: () => {},
  })
  return {
    url: embedded.url(name),
    drop: async () => {
      await embedded.stop()
      rmSync(path.dirname(dataDir), { recursive: true, force: true })
    },
  }
}
