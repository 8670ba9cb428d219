import { chmod, mkdir, mkdtemp, rename, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { create as createTar } from 'tar'

import { UPLOAD_COLLECTIONS, type UploadCollection } from '@/lib/uploads'

import { findPgTool, libpqConnection, majorOf } from './pgTools'
import {
  appliedMigrations,
  appVersion,
  countTables,
  DUMP,
  type Log,
  MANIFEST,
  MANIFEST_FORMAT,
  type Manifest,
  referencedFiles,
  runTool,
  sha256File,
} from './shared'

export type BackupOptions = {
  databaseUrl: string
  /** Directory of each upload collection (Payload's `staticDir`). */
  mediaDirs: Record<UploadCollection, string>
  /** The archive to write (`.tar.gz`). */
  out: string
  /** Project root: package.json for the version, git for the commit. */
  root: string
  log?: Log
}

export type BackupResult = { file: string; bytes: number; manifest: Manifest; ms: number }

/**
 * Writes one `.tar.gz` holding `manifest.json`, `database.dump` (pg_dump, custom format) and
 * the upload collections' files under `media/` and `alumni-photos/`.
 *
 * Consistency: a REPEATABLE READ transaction exports its snapshot; pg_dump dumps exactly that
 * snapshot (`--snapshot`), and the manifest's row counts, migration list and file list are read
 * in it too. So the archive holds the files the dumped rows refer to — no more (files of
 * uploads that were never saved, or were deleted before the snapshot, are left out) and, unless
 * one is deleted while the backup runs (then listed in `missingFiles`), no fewer.
 */
export const createBackup = async ({ databaseUrl, mediaDirs, out, root, log = () => {} }: BackupOptions): Promise<BackupResult> => {
  const started = Date.now()
  const staging = await mkdtemp(path.join(os.tmpdir(), 'enishi-backup-'))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ server_version_num: string; server_version: string }>(
      `SELECT current_setting('server_version_num') AS server_version_num, current_setting('server_version') AS server_version`,
    )
    const serverMajor = majorOf(Number(rows[0].server_version_num))
    const pgDump = await findPgTool('pg_dump', serverMajor)
    log(`database: PostgreSQL ${rows[0].server_version}, dumping with ${pgDump.path} (${pgDump.major})`)

    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY')
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0].id
    const tables = await countTables(client)
    const migrations = await appliedMigrations(client)
    const files = Object.fromEntries(
      await Promise.all(
        (Object.keys(UPLOAD_COLLECTIONS) as UploadCollection[]).map(async (c) => [c, await referencedFiles(client, c)] as const),
      ),
    ) as Record<UploadCollection, string[]>
    const rowTotal = Object.values(tables).reduce((a, b) => a + b, 0)
    log(`database: ${Object.keys(tables).length} tables, ${rowTotal} rows, ${migrations.length} migrations`)

    const { dbname, env } = libpqConnection(databaseUrl)
    let dumped = 0
    const tableCount = Object.keys(tables).length
    await runTool(
      pgDump.path,
      // Custom format: pg_restore can restore it into a fresh database in one transaction,
      // list it and check it; --no-owner/--no-privileges make it restorable under another role.
      // Uncompressed inside: the archive is gzipped as a whole.
      ['--format=custom', '--compress=0', '--no-owner', '--no-privileges', '--verbose', `--snapshot=${snapshot}`, `--file=${path.join(staging, DUMP)}`, `--dbname=${dbname}`],
      env,
      (line) => {
        if (!/dumping contents of table/.test(line)) return
        dumped++
        if (dumped % 20 === 0 || dumped === tableCount) log(`database: ${dumped}/${tableCount} tables dumped`)
      },
    )
    await client.query('COMMIT')

    const media = {} as Manifest['media']
    const missingFiles: string[] = []
    for (const collection of Object.keys(files) as UploadCollection[]) {
      const dir = path.join(staging, collection)
      await mkdir(dir)
      media[collection] = {}
      for (const name of files[collection]) {
        const source = path.resolve(mediaDirs[collection], name)
        if (!existsSync(source)) {
          missingFiles.push(`${collection}/${name}`)
          continue
        }
        media[collection][name] = await sha256File(source)
        // Linked, not copied: tar reads the file itself (`follow`).
        await symlink(source, path.join(dir, name))
      }
      log(`files: ${collection} ${Object.keys(media[collection]).length} from ${path.resolve(mediaDirs[collection])}`)
    }
    for (const missing of missingFiles) log(`warning: ${missing} is referenced by the database but not on disk`)

    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      app: await appVersion(root),
      database: {
        file: DUMP,
        sha256: await sha256File(path.join(staging, DUMP)),
        serverVersion: rows[0].server_version,
        pgDump: pgDump.version,
        pgDumpMajor: pgDump.major,
      },
      migrations,
      tables,
      media,
      missingFiles,
    }
    await writeFile(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)

    // Written beside the target and renamed at the end: a failed run never leaves a plausible archive.
    const file = path.resolve(out)
    await mkdir(path.dirname(file), { recursive: true })
    const partial = `${file}.partial`
    log(`archive: writing ${file}`)
    try {
      await createTar({ gzip: true, file: partial, cwd: staging, follow: true, portable: true }, [MANIFEST, DUMP, ...Object.keys(files)])
      // It holds members' personal data: readable by its owner only.
      await chmod(partial, 0o600)
      await rename(partial, file)
    } catch (error) {
      await rm(partial, { force: true })
      throw error
    }
    const { size } = await stat(file)
    return { file, bytes: size, manifest, ms: Date.now() - started }
  } finally {
    await client.end().catch(() => {})
    await rm(staging, { recursive: true, force: true })
  }
}
