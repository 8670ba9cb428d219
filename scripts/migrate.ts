/**
 * Runs the committed migrations against DATABASE_URL, as `payload migrate` does — same config,
 * same `payload.db.migrate()` reading migrations/ — and fails unless every migration file is
 * recorded afterwards. The launcher (`--migrate`), the test setup and the browser-test runner use it.
 *
 * Not `payload migrate` itself: its CLI wrapper sometimes exits 0 before doing anything, with no
 * output (payloadcms/payload#17757, #16381), which would leave the tests an empty database.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '../payload.config'

process.env.PAYLOAD_MIGRATING = 'true'

const migrationDir = path.resolve(import.meta.dirname, '../migrations')
const expected = readdirSync(migrationDir)
  .filter((file) => /\.(ts|js)$/.test(file) && !/^index\.(ts|js)$/.test(file))
  .map((file) => path.basename(file).split('.')[0])

const payload = await getPayload({ config })
await payload.db.migrate()
const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
const applied = new Set(docs.map((doc) => doc.name))
const missing = expected.filter((name) => !applied.has(name))
if (missing.length) {
  console.error(`migrations not applied: ${missing.join(', ')}`)
  process.exit(1)
}
console.log(`applied ${expected.length} migration(s)`)
process.exit(0)
