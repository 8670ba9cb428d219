/**
 * Directory search benchmark: `npm run bench:directory [-- --count 100000 --runs 30 --keep --no-write]`
 *
 * 1. a fresh database (on TEST_DATABASE_URL's server, else an embedded PostgreSQL), migrated;
 * 2. `--count` generated alumni (tests/bench/people.ts) loaded in bulk with their search index
 *    computed by the save hook's own function (buildSearchIndex);
 * 3. eleven representative queries, each run through the page's code path (searchDirectory:
 *    SQL over the n-gram index, then the Local API with the viewer's access) and through a scan
 *    of the raw columns with ILIKE (tests/bench/scan.ts); both must find exactly the same people;
 * 4. p50/p95 of each, the speed-up, the plan of the slowest, and the table in docs/benchmarks.md.
 */
import { parseArgs } from 'node:util'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { createScratchDatabase } from '../../src/db/scratch'
import { type DirectoryQuery, PAGE_SIZE, parseDirectoryQuery } from '../../src/search/directoryQuery'
import { directoryStatement, narrowed } from '../../src/search/directorySql'
import { commit, machine, percentile, progressBar, say, writeSection } from './lib/report'
import { type BenchPerson, benchPeople } from './people'
import { scanAllIdsStatement, scanStatement } from './scan'
import { insertPeople } from './lib/people'
import { startBenchPayload } from './lib/payload'

const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
})
const COUNT = Number(options.count)
const RUNS = Number(options.runs)
const TARGET_P95_MS = 30
const TARGET_SPEEDUP = 5
// Files whose uncommitted changes would make the figures not those of the commit.
const COMMIT_PATHS = ['src/search', 'src/data/directory.ts', 'collections/Alumni', 'migrations', 'tests/bench', 'payload.config.ts']

/** Queries members make: short Japanese names above all, then kana, romaji, organisation, skill, filters with and without a name. */
const QUERIES: { label: string; params: Record<string, string | string[]> }[] = [
  { label: 'two-character kanji family name 佐藤', params: { q: '佐藤' } },
  { label: 'one-character name 林', params: { q: '林' } },
  { label: 'one-character kanji 田 (in many names)', params: { q: '田' } },
  { label: 'kana prefix さとう (also finds サトウ)', params: { q: 'さとう' } },
  { label: 'romaji yamamoto', params: { q: 'yamamoto' } },
  { label: 'organisation substring システム', params: { q: 'システム' } },
  { label: 'skill データ分析', params: { q: 'データ分析' } },
  {
    label: '佐藤 + industry + join years + open to',
    params: { q: '佐藤', industry: 'it', joinedFrom: '2005', joinedTo: '2015', openTo: 'mentoring' },
  },
  {
    label: '田 + location 東京 + open to (one character, filters)',
    params: { q: '田', location: '東京', openTo: ['mentoring', 'business'] },
  },
  {
    label: 'filters only: location 大阪, department, open to',
    params: { location: '大阪', department: '営業本部', openTo: ['business', 'investment'] },
  },
  { label: 'whole directory, 50-on order, page 3', params: { page: '3' } },
]

// ---- output ------------------------------------------------------------------------------------

const time = async (runs: number, fn: () => Promise<unknown>) => {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) }
}

const ms = (value: number) => value.toFixed(1)

// ---- database ----------------------------------------------------------------------------------

const drizzleOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

const BATCH = 1000

/** Loads people with unnest() batches, each with the directory row the save hook would write. */
const load = async (payload: Payload, count: number) => {
  const db = drizzleOf(payload)
  // Bulk loading is quicker without the indexes; they are rebuilt from their own definitions
  // afterwards, so they stay exactly what the migrations created.
  const { rows: indexes } = await db.execute<{ indexname: string; indexdef: string }>(sql`
    SELECT indexname, indexdef FROM pg_indexes
    WHERE tablename IN ('alumni', 'alumni_texts', 'alumni_open_to', 'alumni_directory')
      AND indexname NOT LIKE '%_pkey' AND indexdef NOT LIKE '%UNIQUE%'`)
  for (const { indexname } of indexes) await db.execute(sql.raw(`DROP INDEX "${indexname}"`))

  const progress = progressBar('alumni', count)
  let id = 0
  let batch: BenchPerson[] = []
  const flush = async () => {
    const ids = batch.map(() => ++id)
    await insertPeople(db, batch, ids)
    progress(id)
    batch = []
  }
  for (const person of benchPeople(count)) {
    batch.push(person)
    if (batch.length === BATCH) await flush()
  }
  if (batch.length) await flush()
  await db.execute(sql`SELECT setval('alumni_id_seq', ${id})`)

  const rebuild = progressBar('indexes', indexes.length)
  for (const [i, { indexdef }] of indexes.entries()) {
    await db.execute(sql.raw(indexdef))
    rebuild(i + 1)
  }
  await db.execute(sql`VACUUM ANALYZE alumni, alumni_texts, alumni_open_to, alumni_directory`)
}

// ---- the run -----------------------------------------------------------------------------------

type Result = {
  label: string
  matches: number
  page: { p50: number; p95: number }
  indexSql: { p50: number; p95: number }
  scan: { p50: number; p95: number }
  identical: boolean
  query: DirectoryQuery
}

const main = async () => {
  const started = Date.now()
  say(`[bench] directory search: ${COUNT.toLocaleString('en')} alumni, ${RUNS} runs per query`)
  const database = await createScratchDatabase('enishi_bench')
  let payload: Payload | undefined
  try {
    payload = await startBenchPayload(database.url)
    await payload.db.migrate()
    const loadStart = Date.now()
    await load(payload, COUNT)
    say(`[bench] loaded in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`)

    const { searchDirectory, directoryAllIds, directoryPageIds } = await import('../../src/data/directory')
    const db = drizzleOf(payload)
    // The baseline runs as any query would, with the planner's defaults.
    const scanPage = (query: DirectoryQuery) => db.execute(scanStatement(query))
    const scanAllIds = async (query: DirectoryQuery) =>
      (await db.execute<{ id: number }>(scanAllIdsStatement(query))).rows.map((row) => Number(row.id))
    const { rows: firstListed } = await db.execute<{ id: number }>(
      sql`SELECT id FROM alumni WHERE status = 'approved' AND hidden_from_directory IS NOT TRUE ORDER BY id LIMIT 1`,
    )
    const viewer = { ...(await payload.findByID({ collection: 'alumni', id: firstListed[0].id, depth: 0 })), collection: 'alumni' as const }

    const queries = QUERIES.map(({ label, params }) => ({ label, query: parseDirectoryQuery(params) }))

    // 1. Same people: every id the index finds against every id the scan finds, and the page.
    const checks = new Map<string, { matches: number; identical: boolean }>()
    const checking = progressBar('checking against the scan', queries.length)
    for (const [i, { label, query }] of queries.entries()) {
      const indexed = await directoryAllIds(payload, query)
      const scanned = await scanAllIds(query)
      const page = await searchDirectory(payload, viewer, query)
      const expectedOnPage = Math.min(PAGE_SIZE, Math.max(0, indexed.length - (query.page - 1) * PAGE_SIZE))
      const identical =
        indexed.length === scanned.length &&
        indexed.every((id, j) => id === scanned[j]) &&
        page.total === indexed.length &&
        page.people.length === expectedOnPage
      checks.set(label, { matches: indexed.length, identical })
      checking(i + 1)
    }

    // 2. The index, timed with a warm cache (as in use): one pass over every query first, and
    // the scans only afterwards, since they push the directory's pages out of the cache.
    for (const { query } of queries) await searchDirectory(payload, viewer, query)
    const timed = new Map<string, Pick<Result, 'page' | 'indexSql'>>()
    const timing = progressBar('timing the directory', queries.length)
    for (const [i, { label, query }] of queries.entries()) {
      await time(3, () => searchDirectory(payload!, viewer, query))
      timed.set(label, {
        page: await time(RUNS, () => searchDirectory(payload!, viewer, query)),
        indexSql: await time(RUNS, () => directoryPageIds(payload!, query)),
      })
      timing(i + 1)
    }

    // 3. The scan baseline, fewer runs: it is slow.
    const results: Result[] = []
    const scanning = progressBar('timing the ILIKE scan', queries.length)
    for (const [i, { label, query }] of queries.entries()) {
      await scanPage(query)
      results.push({
        label,
        query,
        ...checks.get(label)!,
        ...timed.get(label)!,
        scan: await time(Math.max(5, Math.round(RUNS / 3)), () => scanPage(query)),
      })
      scanning(i + 1)
    }
    for (const result of results) {
      say(
        `[bench] ${result.label.padEnd(48)} ${String(result.matches).padStart(6)} matches  page p50 ${ms(result.page.p50).padStart(5)} p95 ${ms(result.page.p95).padStart(5)} ms` +
          `  scan p50 ${ms(result.scan.p50).padStart(7)} ms  ${result.identical ? 'identical' : 'DIFFERENT'}`,
      )
    }

    const slowest = results.reduce((a, b) => (b.page.p95 > a.page.p95 ? b : a))
    await time(3, () => directoryPageIds(payload!, slowest.query))
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`)
      return (await tx.execute<{ 'QUERY PLAN': string }>(sql`EXPLAIN (ANALYZE, BUFFERS) ${directoryStatement(slowest.query)}`)).rows
    })
    const planText = plan.map((row) => row['QUERY PLAN']).join('\n')
    const { rows: version } = await db.execute<{ version: string }>(sql`SELECT current_setting('server_version') AS version`)

    const table = renderTable(results)
    const allPages = results.flatMap((r) => [r.page.p95])
    const worstP95 = Math.max(...allPages)
    // Without text or tags both sides read the same ordered index: no speed-up to expect.
    const minSpeedup = Math.min(...results.filter((r) => narrowed(r.query)).map((r) => r.scan.p50 / r.page.p50))
    const allIdentical = results.every((r) => r.identical)
    const verdict = [
      `worst p95 ${ms(worstP95)} ms (target < ${TARGET_P95_MS} ms): ${worstP95 < TARGET_P95_MS ? 'met' : 'NOT met'}`,
      `smallest speed-up over the scan ${minSpeedup.toFixed(1)}× (target ≥ ${TARGET_SPEEDUP}×): ${minSpeedup >= TARGET_SPEEDUP ? 'met' : 'NOT met'}`,
      `results identical to the scan: ${allIdentical ? `yes, all ${results.length}` : 'NO'}`,
    ]
    say()
    say(table)
    say()
    for (const line of verdict) say(`[bench] ${line}`)
    say()
    say(`[bench] EXPLAIN ANALYZE of the slowest query (${slowest.label}):`)
    say(planText)

    if (!options['no-write']) writeBenchmarks({ table, verdict, machine: machine(version[0].version), slowest: slowest.label, planText })
    say(`\n[bench] done in ${Math.round((Date.now() - started) / 1000)} s${options['no-write'] ? '' : '; docs/benchmarks.md updated'}`)
    process.exitCode = allIdentical ? 0 : 1
  } finally {
    // Payload's destroy() leaves the pool open; end it before the database is dropped (without
    // waiting forever for a connection something still holds: the drop forces them closed).
    const pool = payload && (payload.db as unknown as PostgresAdapter).pool
    if (pool) {
      pool.on('error', () => {})
      await Promise.race([pool.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))])
    }
    if (options.keep) say(`[bench] kept the database: ${database.url}`)
    else await database.drop()
  }
}

const renderTable = (results: Result[]) => {
  const rows = results.map((r) =>
    [
      r.label,
      r.matches.toLocaleString('en'),
      ms(r.page.p50),
      ms(r.page.p95),
      ms(r.indexSql.p50),
      ms(r.scan.p50),
      ms(r.scan.p95),
      narrowed(r.query) ? `${(r.scan.p50 / r.page.p50).toFixed(1)}×` : 'n/a',
      r.identical ? 'yes' : '**no**',
    ].join(' | '),
  )
  return [
    '| query | matches | page p50 ms | page p95 ms | index SQL p50 ms | ILIKE scan p50 ms | scan p95 ms | speed-up | same results |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n')
}


/** Replaces the "Directory search" section of docs/benchmarks.md. */
const writeBenchmarks = ({ table, verdict, machine, slowest, planText }: { table: string; verdict: string[]; machine: string; slowest: string; planText: string }) =>
  writeSection('## Directory search', [
    `\`npm run bench:directory\` — ${new Date().toISOString().slice(0, 10)}, commit ${commit(COMMIT_PATHS)}, ${machine}.`,
    `${COUNT.toLocaleString('en')} generated alumni; ${RUNS} runs per query after a warm-up. "page" is the directory page's own code`,
    'path (SQL over the n-gram index for one page of ids and the count, then the Local API reading those',
    "people with the viewer's access); \"ILIKE scan\" is the same query with every condition on the raw columns",
    '(SQL only, so the speed-up understates the gain). Method: [search.md](search.md#benchmark).',
    '',
    table,
    '',
    ...verdict.map((line) => `- ${line}`),
    '',
    `Plan of the slowest query (${slowest}):`,
    '',
    '```',
    planText,
    '```',
  ])

main().then(
  () => process.exit(),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
