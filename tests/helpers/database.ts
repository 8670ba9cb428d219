/**
 * Test databases on a PostgreSQL server: create a uniquely named database, point a URL at it,
 * drop it again. Used by the global setup and by the migration completeness test.
 */
import { randomBytes } from 'node:crypto'

import pg from 'pg'

/** The URL of `database` on the server that `serverUrl` points at. */
export const databaseUrl = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Run `fn` with a client connected to the server's maintenance database. */
export const withClient = async <T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const quote = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name: ${name}`)
  return `"${name}"`
}

/** Creates `<prefix>_<random>` and returns its name and URL. */
export const createDatabase = async (serverUrl: string, prefix: string) => {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quote(name)}`))
  return { name, url: databaseUrl(serverUrl, name) }
}

/** Drops the database, closing whatever connections are still open to it. */
export const dropDatabase = async (serverUrl: string, name: string): Promise<void> => {
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`))
}
