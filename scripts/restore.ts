/**
 * `npm run restore -- FILE [--database-url URL] [--force]`: rebuilds the database and the
 * uploaded files from an archive written by `npm run backup` (docs/operations.md).
 *
 *   --database-url URL   restore into this database instead of DATABASE_URL
 *   --force              replace a database that already has tables, and media files that differ
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { RestoreRefused, restoreBackup } from '../src/backup/restore'
import { uploadDir } from '../src/lib/uploads'

const say = (line: string) => console.log(`[restore] ${line}`)

const main = async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'database-url': { type: 'string' }, force: { type: 'boolean', default: false } },
  })
  if (positionals.length !== 1) throw new RestoreRefused('usage: npm run restore -- FILE [--database-url URL] [--force]')
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL
  if (!databaseUrl) throw new RestoreRefused('no database: pass --database-url or run `npm run restore`, which sets DATABASE_URL')
  const migrations = readdirSync(path.resolve(import.meta.dirname, '../migrations'))
    .filter((file) => /\.ts$/.test(file) && file !== 'index.ts')
    .map((file) => file.replace(/\.ts$/, ''))
  const { files, manifest, ms } = await restoreBackup({
    archive: positionals[0],
    databaseUrl,
    mediaDirs: { media: uploadDir('media'), 'alumni-photos': uploadDir('alumni-photos'), 'update-images': uploadDir('update-images') },
    force: values.force,
    knownMigrations: migrations,
    log: say,
  })
  say(`done in ${(ms / 1000).toFixed(1)} s: ${Object.keys(manifest.tables).length} tables and ${files} files restored`)
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`[restore] ${error instanceof RestoreRefused ? 'refused' : 'failed'}: ${message}`)
  process.exit(1)
})
