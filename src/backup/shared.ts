import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type pg from 'pg'

import { UPLOAD_COLLECTIONS, type UploadCollection } from '@/lib/uploads'

/** What `manifest.json` at the top of a backup archive says (docs/operations.md). */
export type Manifest = {
  format: 'enishi-backup'
  version: 1
  createdAt: string
  app: { version: string; commit: string | null }
  database: {
    /** `database.dump`, pg_dump's custom format. */
    file: string
    sha256: string
    serverVersion: string
    pgDump: string
    pgDumpMajor: number
  }
  /** Migrations recorded in `payload_migrations`, oldest first. */
  migrations: string[]
  /** Row count of every table in the `public` schema. */
  tables: Record<string, number>
  /** Per upload collection: file name → sha256, stored under `<collection>/` in the archive. */
  media: Record<UploadCollection, Record<string, string>>
  /** Files the database refers to that were not on disk when the backup ran. */
  missingFiles: string[]
}

export const MANIFEST = 'manifest.json'
export const DUMP = 'database.dump'
export const MANIFEST_FORMAT = 'enishi-backup'

export type Log = (line: string) => void

export const sha256File = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Every table of the `public` schema with its row count, read in the client's transaction. */
export const countTables = async (client: pg.Client): Promise<Record<string, number>> => {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  )
  const counts: Record<string, number> = {}
  for (const { name } of rows) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quoteIdent(name)}`)
    counts[name] = Number(result.rows[0].n)
  }
  return counts
}

/** Names of the applied migrations (none when Payload has not created its table yet). */
export const appliedMigrations = async (client: pg.Client): Promise<string[]> => {
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM public.payload_migrations WHERE to_regclass('public.payload_migrations') IS NOT NULL ORDER BY id`,
  ).catch(() => ({ rows: [] as { name: string }[] }))
  return rows.map((row) => row.name)
}

/**
 * The files an upload collection's rows refer to: the original (`filename`) and every image
 * size (`sizes_<name>_filename`), whatever sizes the collection has today.
 */
export const referencedFiles = async (client: pg.Client, collection: UploadCollection): Promise<string[]> => {
  const table = UPLOAD_COLLECTIONS[collection].table
  const { rows: columns } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1
       AND (column_name = 'filename' OR column_name ~ '^sizes_.*_filename$')`,
    [table],
  )
  if (!columns.length) return []
  const list = columns.map((c) => quoteIdent(c.column_name)).join(', ')
  const { rows } = await client.query<Record<string, string | null>>(`SELECT ${list} FROM public.${quoteIdent(table)}`)
  const names = new Set<string>()
  for (const row of rows) for (const value of Object.values(row)) if (value) names.add(value)
  return [...names].sort()
}

/** A file name as Payload stores it: no directories, nothing hidden. Guards restore paths. */
export const safeFileName = (name: string): boolean =>
  name.length > 0 && name === path.basename(name) && !name.startsWith('.') && !name.includes('\0')

/** Runs a PostgreSQL client tool; stderr lines go to `onLine`, and into the error if it fails. */
export const runTool = (file: string, args: string[], env: NodeJS.ProcessEnv, onLine: (line: string) => void) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    const tail: string[] = []
    let rest = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) {
        tail.push(line)
        if (tail.length > 20) tail.shift()
        onLine(line)
      }
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (rest) tail.push(rest)
      if (code === 0) return resolve()
      // With --verbose most lines are progress; keep what explains the failure.
      const why = tail.filter((line) => /error|fatal|warning|detail|hint|command was/i.test(line))
      reject(new Error(`${path.basename(file)} failed (exit ${code}):\n${(why.length ? why : tail).join('\n')}`))
    })
  })

/** package.json's version, and the git commit when this is a checkout. */
export const appVersion = async (root: string): Promise<Manifest['app']> => {
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string }
  const commit = await new Promise<string | null>((resolve) => {
    const child = spawn('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('error', () => resolve(null))
    child.on('close', (code) => resolve(code === 0 ? out.trim() : null))
  })
  return { version, commit }
}
