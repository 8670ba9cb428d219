/**
 * Backup and restore (docs/operations.md), run as an operator runs them — `npm run backup` and
 * `npm run restore` through the launcher — on real databases and directories:
 * the demo content with its images goes into a scratch database and a temporary media
 * directory, is backed up, and is restored into a second empty database and media directory.
 * Every table (rows and content), the schema, the sequences and every file must come back the
 * same; an archive with one flipped byte, or a non-empty target, is refused and nothing changes.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { create as createTar, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Manifest } from '@/backup/shared'

import { createDatabase, dropDatabase, withClient } from '../helpers/database'

const root = path.resolve(import.meta.dirname, '../..')
const serverUrl = inject('serverUrl')
const temp = mkdtempSync(path.join(os.tmpdir(), 'enishi-backup-test-'))
const dir = (name: string) => path.join(temp, name)
const databases: { name: string; url: string }[] = []

type Run = { code: number | null; output: string }

/** An npm script's command line (package.json), with its own environment. */
const run = (args: string[], env: Record<string, string>): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/with-db.ts', ...args], {
      cwd: root,
      env: { ...process.env, PAYLOAD_SECRET: inject('payloadSecret'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })

const succeed = async (args: string[], env: Record<string, string>) => {
  const result = await run(args, env)
  if (result.code !== 0) throw new Error(`${args.join(' ')} failed (${result.code}):\n${result.output}`)
  return result.output
}

const newDatabase = async () => {
  const database = await createDatabase(serverUrl, 'enishi_backup')
  databases.push(database)
  return database.url
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Every file under a media root (the alumni photos are in its `alumni/` directory), with its sha256. */
const filesIn = (mediaRoot: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(mediaRoot, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        return [path.relative(mediaRoot, file), sha256(file)]
      }),
  )

/**
 * A database as lines to compare: per table its row count and an md5 over all its rows in a
 * stable order, plus columns, indexes, constraints and sequence positions.
 */
const describeDatabase = (url: string) =>
  withClient(url, async (client) => {
    const lines = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((row) => row.line)
    const tables = (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows
    const content: string[] = []
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; md5: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM public."${name}" t`,
      )
      content.push(`table ${name}: ${rows[0].n} rows, md5 ${rows[0].md5}`)
    }
    const schema = [
      ...(await lines(`SELECT format('column %s.%s %s %s %s', table_name, column_name, udt_name, is_nullable, column_default) AS line
                       FROM information_schema.columns WHERE table_schema = 'public'`)),
      ...(await lines(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public'`)),
      ...(await lines(`SELECT format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS line
                       FROM pg_constraint WHERE connamespace = 'public'::regnamespace`)),
      ...(await lines(`SELECT format('sequence %s at %s', sequencename, last_value) AS line FROM pg_sequences WHERE schemaname = 'public'`)),
    ].sort()
    return { content, schema }
  })

const tableCount = (url: string) =>
  withClient(url, async (client) => Number((await client.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n))

let source: string
let archive: string
let backupOutput: string
let payload: Payload | undefined

beforeAll(async () => {
  source = await newDatabase()
  // The demo content with its generated images, as `npm run seed` writes it, in this process
  // (quicker than the CLI): the config reads DATABASE_URL and ENISHI_MEDIA_DIR when imported,
  // which this file does only now.
  process.env.DATABASE_URL = source
  process.env.ENISHI_MEDIA_DIR = dir('media-a')
  payload = await (await import('../helpers/payload')).getTestPayload()
  // The committed migrations, imported (Vitest cannot load .ts files the way the adapter reads
  // them); Payload types their arguments as `unknown`, the generated files more precisely.
  const { migrations } = await import('../../migrations')
  await payload.db.migrate({ migrations: migrations as never })
  await (await import('@/seed')).seed(payload)

  archive = dir('backups/enishi-test.tar.gz')
  // `npm run backup -- --out FILE`
  backupOutput = await succeed(['--', 'tsx', 'scripts/backup.ts', '--out', archive], {
    DATABASE_URL: source,
    ENISHI_MEDIA_DIR: dir('media-a'),
  })
}, 240_000)

afterAll(async () => {
  // Payload's destroy() leaves the adapter's pool open; the DROP below ends its idle
  // connections, which the pool reports as errors: expected here, not uncaught.
  const pool = (payload?.db as { pool?: { on: (event: 'error', listener: () => void) => void } } | undefined)?.pool
  pool?.on('error', () => {})
  await payload?.destroy()
  for (const database of databases) await dropDatabase(serverUrl, database.name).catch(() => {})
  rmSync(temp, { recursive: true, force: true })
})

describe('npm run backup', () => {
  it('writes one archive with the dump, every uploaded file and a manifest, printing progress', async () => {
    expect(backupOutput).toMatch(/\[backup\] database: \d+\/\d+ tables dumped/)
    expect(backupOutput).toContain(`[backup] done in`)
    expect(existsSync(archive)).toBe(true)

    const unpacked = dir('unpacked')
    mkdirSync(unpacked)
    await extract({ file: archive, cwd: unpacked })
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.migrations).toEqual(
      readdirSync(path.join(root, 'migrations')).filter((f) => /^\d.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort(),
    )
    expect(manifest.app.version).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version)
    expect(manifest.tables.alumni).toBeGreaterThan(0)
    expect(manifest.missingFiles).toEqual([])

    // Every seeded file is in the archive under its collection, with the sha256 of the original.
    const original = filesIn(dir('media-a'))
    const listed = {
      ...manifest.media.media,
      ...Object.fromEntries(Object.entries(manifest.media['alumni-photos']).map(([name, sum]) => [`alumni/${name}`, sum])),
    }
    expect(listed).toEqual(original)
    expect(Object.keys(manifest.media['alumni-photos']).length).toBeGreaterThan(0)
    for (const [name, sum] of Object.entries(manifest.media['alumni-photos'])) {
      expect(sha256(path.join(unpacked, 'alumni-photos', name))).toBe(sum)
    }
  })
})

describe('npm run restore', () => {
  let target: string
  let restoreOutput: string

  beforeAll(async () => {
    target = await newDatabase()
    restoreOutput = await succeed(['--', 'tsx', 'scripts/restore.ts', archive], {
      DATABASE_URL: target,
      ENISHI_MEDIA_DIR: dir('media-b'),
    })
  }, 120_000)

  it('rebuilds every table, row for row, with the same schema and sequence positions', async () => {
    expect(restoreOutput).toMatch(/\[restore\] archive: database dump and \d+ files match the manifest/)
    const [before, after] = await Promise.all([describeDatabase(source), describeDatabase(target)])
    expect(after.content.length).toBeGreaterThan(40)
    expect(after.content).toEqual(before.content)
    expect(after.schema).toEqual(before.schema)
  })

  it('puts back every media file with the same checksum', () => {
    const original = filesIn(dir('media-a'))
    expect(Object.keys(original).length).toBeGreaterThan(100)
    expect(filesIn(dir('media-b'))).toEqual(original)
  })

  it('refuses a database that already has tables unless --force', async () => {
    const refused = await run(['--', 'tsx', 'scripts/restore.ts', archive], { DATABASE_URL: target, ENISHI_MEDIA_DIR: dir('media-b') })
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/refused: the database "enishi_backup_\w+" already has \d+ tables/)
    expect(refused.output).toContain('--force')
  })

  it('refuses an archive with one flipped byte in a media file, restoring nothing', async () => {
    const unpacked = dir('tampered')
    mkdirSync(unpacked)
    await extract({ file: archive, cwd: unpacked })
    const victim = readdirSync(path.join(unpacked, 'alumni-photos'))[0]
    const file = path.join(unpacked, 'alumni-photos', victim)
    const bytes = readFileSync(file)
    bytes[bytes.length >> 1] ^= 0x01
    writeFileSync(file, bytes)
    const tampered = dir('tampered.tar.gz')
    await createTar({ gzip: true, file: tampered, cwd: unpacked }, readdirSync(unpacked))

    const empty = await newDatabase()
    const refused = await run(['--', 'tsx', 'scripts/restore.ts', tampered], { DATABASE_URL: empty, ENISHI_MEDIA_DIR: dir('media-c') })
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('refused: the archive is damaged or was altered; nothing was restored')
    expect(refused.output).toContain(`alumni-photos/${victim} does not match its checksum`)
    expect(await tableCount(empty)).toBe(0)
    expect(existsSync(dir('media-c'))).toBe(false)
  })
})
