/**
 * `npm run backup [-- --out FILE]`: one archive with the database and the uploaded files
 * (docs/operations.md). Runs through the launcher, so it backs up DATABASE_URL or, without it,
 * the embedded database.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createBackup } from '../src/backup/create'
import { uploadDir } from '../src/lib/uploads'

const say = (line: string) => console.log(`[backup] ${line}`)

const stamp = (date: Date) => date.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-')

const main = async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: run `npm run backup`, which sets it')
  const root = path.resolve(import.meta.dirname, '..')
  const out = values.out ?? path.join(root, 'backups', `enishi-${stamp(new Date())}.tar.gz`)
  const { file, bytes, manifest, ms } = await createBackup({
    databaseUrl,
    mediaDirs: { media: uploadDir('media'), 'alumni-photos': uploadDir('alumni-photos'), 'update-images': uploadDir('update-images') },
    out,
    root,
    log: say,
  })
  const files = Object.values(manifest.media).reduce((n, files) => n + Object.keys(files).length, 0)
  say(`done in ${(ms / 1000).toFixed(1)} s: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${Object.keys(manifest.tables).length} tables, ${files} files)`)
}

main().catch((error: unknown) => {
  console.error(`[backup] failed: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
