import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { extract } from 'tar'

import { UPLOAD_COLLECTIONS, type UploadCollection } from '@/lib/uploads'

import { findPgTool, libpqConnection, majorOf } from './pgTools'
import { countTables, DUMP, type Log, MANIFEST, MANIFEST_FORMAT, type Manifest, runTool, safeFileName, sha256File } from './shared'

export type RestoreOptions = {
  archive: string
  databaseUrl: string
  mediaDirs: Record<UploadCollection, string>
  /** Replace a database that has tables, and media files that differ. */
  force?: boolean
  /** Migrations this checkout has, to warn when the archive is newer than the code. */
  knownMigrations?: string[]
  log?: Log
}

export type RestoreResult = { manifest: Manifest; files: number; ms: number }

/** A refusal the person running the restore can act on (no stack trace needed). */
export class RestoreRefused extends Error {}

const readManifest = async (dir: string): Promise<Manifest> => {
  const file = path.join(dir, MANIFEST)
  if (!existsSync(file)) throw new RestoreRefused('the archive has no manifest.json: it is not an Enishi backup')
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest
  if (manifest.format !== MANIFEST_FORMAT || manifest.version !== 1) {
    throw new RestoreRefused(`unsupported backup format ${manifest.format} version ${manifest.version}`)
  }
  return manifest
}

/**
 * Every file in the archive must be in the manifest with the same sha256, and every file the
 * manifest lists must be there. Checked before anything is written anywhere.
 */
const verifyArchive = async (dir: string, manifest: Manifest, log: Log): Promise<number> => {
  const problems: string[] = []
  if ((await sha256File(path.join(dir, DUMP)).catch(() => 'missing')) !== manifest.database.sha256) {
    problems.push(`${DUMP} does not match its checksum`)
  }
  let checked = 0
  for (const collection of Object.keys(UPLOAD_COLLECTIONS) as UploadCollection[]) {
    const expected = manifest.media[collection] ?? {}
    const present = existsSync(path.join(dir, collection)) ? await readdir(path.join(dir, collection)) : []
    for (const name of Object.keys(expected)) {
      if (!safeFileName(name)) problems.push(`${collection}/${name} is not a plain file name`)
      else if (!present.includes(name)) problems.push(`${collection}/${name} is missing`)
      else if ((await sha256File(path.join(dir, collection, name))) !== expected[name]) {
        problems.push(`${collection}/${name} does not match its checksum`)
      }
      checked++
    }
    for (const name of present) if (!(name in expected)) problems.push(`${collection}/${name} is not in the manifest`)
  }
  if (problems.length) {
    const shown = problems.slice(0, 10).join('\n  ')
    const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ''
    throw new RestoreRefused(
      `the archive is damaged or was altered; nothing was restored:\n  ${shown}${more}`,
    )
  }
  log(`archive: database dump and ${checked} files match the manifest`)
  return checked
}

/** Media files already in place that differ from the archive's (a restore must not silently replace them). */
const conflictingFiles = async (dir: string, manifest: Manifest, mediaDirs: RestoreOptions['mediaDirs']) => {
  const conflicts: string[] = []
  for (const collection of Object.keys(UPLOAD_COLLECTIONS) as UploadCollection[]) {
    for (const [name, sum] of Object.entries(manifest.media[collection] ?? {})) {
      const target = path.join(mediaDirs[collection], name)
      if (existsSync(target) && (await sha256File(target)) !== sum) conflicts.push(target)
    }
  }
  return conflicts
}

const userTableCount = async (client: pg.Client) =>
  Number(
    (
      await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
      )
    ).rows[0].n,
  )

/**
 * Rebuilds a database and the upload directories from an archive written by createBackup:
 * verify the archive → check the target is empty (or `force`) → pg_restore in one transaction →
 * compare row counts with the manifest → copy the files and check them again where they landed.
 */
export const restoreBackup = async ({
  archive,
  databaseUrl,
  mediaDirs,
  force = false,
  knownMigrations,
  log = () => {},
}: RestoreOptions): Promise<RestoreResult> => {
  const started = Date.now()
  if (!existsSync(archive)) throw new RestoreRefused(`${archive} does not exist`)
  const work = await mkdtemp(path.join(os.tmpdir(), 'enishi-restore-'))
  try {
    log(`archive: unpacking ${path.resolve(archive)}`)
    try {
      await extract({ file: archive, cwd: work, strict: true })
    } catch (error) {
      throw new RestoreRefused(`the archive cannot be read (${error instanceof Error ? error.message : error}); nothing was restored`)
    }
    const manifest = await readManifest(work)
    log(`archive: made ${manifest.createdAt} by Enishi ${manifest.app.version}${manifest.app.commit ? ` (${manifest.app.commit.slice(0, 12)})` : ''}, ${manifest.migrations.length} migrations`)
    const files = await verifyArchive(work, manifest, log)

    const unknown = knownMigrations ? manifest.migrations.filter((name) => name !== 'dev' && !knownMigrations.includes(name)) : []
    if (unknown.length) log(`warning: this checkout does not know migrations ${unknown.join(', ')}: the backup comes from newer code`)

    const conflicts = await conflictingFiles(work, manifest, mediaDirs)
    if (conflicts.length && !force) {
      throw new RestoreRefused(
        `${conflicts.length} media file(s) already exist with other content (e.g. ${conflicts[0]}); restore into empty media directories, or pass --force to replace them`,
      )
    }

    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ v: string; n: string }>(
        `SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n`,
      )
      const serverMajor = majorOf(Number(rows[0].n))
      const pgRestore = await findPgTool('pg_restore', serverMajor, manifest.database.pgDumpMajor)
      const name = new URL(databaseUrl).pathname.slice(1)
      const existing = await userTableCount(client)
      if (existing && !force) {
        throw new RestoreRefused(
          `the database "${name}" already has ${existing} tables; restore into a new, empty database (--database-url), or pass --force to replace its contents`,
        )
      }
      if (existing) {
        log(`database: --force: dropping the ${existing} tables of "${name}"`)
        const { rows: schemas } = await client.query<{ nspname: string }>(
          `SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
        )
        for (const { nspname } of schemas) await client.query(`DROP SCHEMA "${nspname.replace(/"/g, '""')}" CASCADE`)
        await client.query('CREATE SCHEMA public')
      }
      log(`database: restoring into "${name}" (PostgreSQL ${rows[0].v}) with ${pgRestore.path} (${pgRestore.major})`)
      const { dbname, env } = libpqConnection(databaseUrl)
      const total = Object.keys(manifest.tables).length
      let loaded = 0
      await runTool(
        pgRestore.path,
        // One transaction: a restore that fails leaves the database as empty as it was.
        ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--verbose', `--dbname=${dbname}`, path.join(work, DUMP)],
        env,
        (line) => {
          if (!/processing data for table/.test(line)) return
          loaded++
          if (loaded % 20 === 0 || loaded === total) log(`database: ${loaded}/${total} tables loaded`)
        },
      )
      const counts = await countTables(client)
      const differ = Object.keys({ ...manifest.tables, ...counts }).filter((t) => counts[t] !== manifest.tables[t])
      if (differ.length) throw new Error(`row counts differ from the manifest after the restore: ${differ.join(', ')}`)
      log(`database: ${total} tables, ${Object.values(counts).reduce((a, b) => a + b, 0)} rows, as in the manifest`)
    } finally {
      await client.end().catch(() => {})
    }

    for (const collection of Object.keys(UPLOAD_COLLECTIONS) as UploadCollection[]) {
      const dir = path.resolve(mediaDirs[collection])
      await mkdir(dir, { recursive: true })
      const entries = Object.entries(manifest.media[collection] ?? {})
      for (const [name, sum] of entries) {
        const target = path.join(dir, name)
        // Copied beside the target, checked there, then renamed into place.
        const partial = `${target}.restoring`
        await copyFile(path.join(work, collection, name), partial)
        if ((await sha256File(partial)) !== sum) {
          await rm(partial, { force: true })
          throw new Error(`${target} did not match its checksum after copying`)
        }
        await rename(partial, target)
      }
      log(`files: ${collection} ${entries.length} restored to ${dir}, checksums verified`)
    }
    if (manifest.missingFiles.length) {
      log(`warning: ${manifest.missingFiles.length} file(s) were already missing when the backup ran: ${manifest.missingFiles.join(', ')}`)
    }
    return { manifest, files, ms: Date.now() - started }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
