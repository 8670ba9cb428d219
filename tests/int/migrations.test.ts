/**
 * The committed migrations produce exactly the schema the config describes.
 *
 * The test database was built by `payload migrate` (global setup). Here a second, empty database
 * gets the schema pushed straight from the config — the same drizzle-kit `pushSchema` call
 * Payload's dev-mode push makes — and the two are compared: tables and columns (type,
 * nullability, default), indexes, constraints and enum values. A field added to a collection
 * without `payload migrate:create` shows up as "only with push"; a migration that changes
 * something the config does not describe shows up as "only after migrations".
 */
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createDatabase, dropDatabase, withClient } from '../helpers/database'
import { getTestPayload } from '../helpers/payload'

/**
 * Objects a hand-written migration adds on purpose that the config cannot describe (say a
 * pg_trgm index for Japanese search), as they appear in the diff below. Empty for now.
 */
const INTENTIONAL_EXTRAS: string[] = []

/** Every schema object of `public`, one line each, so two databases compare as sets of lines. */
const describeSchema = (url: string) =>
  withClient(url, async (client) => {
    const lines = async (sql: string) =>
      (await client.query<{ line: string }>(sql)).rows.map((row) => row.line)
    return [
      ...(await lines(`
        SELECT format('column %s.%s %s%s %s default %s', table_name, column_name, data_type,
                      CASE WHEN data_type IN ('USER-DEFINED', 'ARRAY') THEN ' ' || udt_name ELSE '' END,
                      CASE is_nullable WHEN 'YES' THEN 'null' ELSE 'not null' END,
                      coalesce(column_default, '-')) AS line
        FROM information_schema.columns WHERE table_schema = 'public'`)),
      ...(await lines(`SELECT format('index %s', indexdef) AS line FROM pg_indexes WHERE schemaname = 'public'`)),
      ...(await lines(`
        SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS line
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace`)),
      ...(await lines(`
        SELECT format('enum %s (%s)', t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`)),
      ...(await lines(`SELECT format('extension %s', extname) AS line FROM pg_extension`)),
    ].sort()
  })

const serverUrl = inject('serverUrl')
let pushed: { name: string; url: string }

beforeAll(async () => {
  pushed = await createDatabase(serverUrl, 'enishi_push')
  const payload = await getTestPayload()
  const pool = new pg.Pool({ connectionString: pushed.url })
  try {
    const { pushSchema } = payload.db.requireDrizzleKit()
    const { apply, warnings } = await pushSchema(payload.db.schema, drizzle({ client: pool }) as never)
    expect(warnings).toEqual([])
    await apply()
  } finally {
    await pool.end()
  }
})

afterAll(async () => {
  if (pushed) await dropDatabase(serverUrl, pushed.name)
})

describe('migrations/', () => {
  it('produce exactly the schema the collections describe (columns, indexes, constraints, enums)', async () => {
    const migrated = await describeSchema(inject('databaseUrl'))
    const fromConfig = await describeSchema(pushed.url)
    // A sanity check that both sides were read: the config has collections.
    expect(fromConfig.filter((line) => line.startsWith('column alumni.'))).not.toEqual([])

    const difference = {
      'only with push (missing migration?)': fromConfig.filter((line) => !migrated.includes(line)),
      'only after migrations (not in the config)': migrated.filter(
        (line) => !fromConfig.includes(line) && !INTENTIONAL_EXTRAS.includes(line),
      ),
    }
    expect(
      difference,
      'The schema after `payload migrate` differs from the config. Run `npm run payload migrate:create`.',
    ).toEqual({
      'only with push (missing migration?)': [],
      'only after migrations (not in the config)': [],
    })
  })
})
