/**
 * Load and fault benchmark: `npm run bench:load [-- --duration 60 --connections 32 --no-write]`
 *
 * 1. its own embedded PostgreSQL (so the fault run can restart it without disturbing anything
 *    else on the machine), migrated, with the demo content plus `--members` approved alumni, each
 *    signed in, and upcoming events with room for all of them;
 * 2. a production build (`next build`, `next start`), mail to an SMTP server in this process;
 * 3. run 1: a mixed workload (public pages, signed-in member pages, directory searches, RSVPs)
 *    for `--duration` seconds with autocannon: requests/s, p50, p99 and errors — zero expected;
 * 4. run 2: the same, while PostgreSQL is stopped and started again a third of the way in. A probe
 *    asks a database-backed page every 100 ms and reports when the app answers again, by itself;
 *    every RSVP the app confirmed (a 2xx answer) must then be in the database;
 * 5. both tables in docs/benchmarks.md.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import autocannon from 'autocannon'
import pg from 'pg'

import { productionEnv, root, run, startProductionServer, waitForServer } from '../../scripts/lib/processes'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { freePort } from '../../src/db/scratch'
import { startMailbox } from '../helpers/mailbox'
import { commit, machine, say, writeSection } from './lib/report'
import { startBenchPayload } from './lib/payload'
import { rssOf } from './lib/http'

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '32' },
    members: { type: 'string', default: '200' },
    'no-write': { type: 'boolean', default: false },
  },
})
const DURATION = Number(options.duration)
const CONNECTIONS = Number(options.connections)
const MEMBERS = Number(options.members)
const EVENTS = 40
const DATABASE = 'enishi_load'
const PASSWORD = 'load-test-password-2026'
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const COMMIT_PATHS = ['src', 'collections', 'migrations', 'payload.config.ts', 'next.config.ts', 'tests/bench']

/** A signed-in member and the address their requests come from (limits count per address). */
type Member = { id: number; token: string; ip: string }
type Setup = { members: Member[]; eventIds: number[]; caseStudy: string; event: string }

// ---- the database -------------------------------------------------------------------------------

/** Approved, signed-in members and RSVP-able events, through the Local API like any staff tool. */
const prepare = async (databaseUrl: string): Promise<Setup> => {
  const payload = await startBenchPayload(databaseUrl)
  try {
    const members: Member[] = []
    for (let i = 0; i < MEMBERS; i++) {
      const email = `load-${i}@alumni.test`
      await payload.create({
        collection: 'alumni',
        disableVerificationEmail: true,
        data: {
          _verified: true,
          email,
          password: PASSWORD,
          name: `負荷 試験${i}`,
          nameKana: 'ふか しけん',
          status: 'approved',
          currentOrganization: `株式会社ロード${i % 20}`,
          verification: { joinedYear: 2010, leftYear: 2020 },
        },
      })
      const { token, user } = await payload.login({ collection: 'alumni', data: { email, password: PASSWORD } })
      if (!token || !user) throw new Error(`could not sign in ${email}`)
      members.push({ id: user.id as number, token, ip: `10.0.${i >> 8}.${i & 255}` })
      if ((i + 1) % 50 === 0) say(`members ${i + 1}/${MEMBERS}`)
    }
    const eventIds: number[] = []
    for (let i = 0; i < EVENTS; i++) {
      const event = await payload.create({
        collection: 'events',
        data: {
          title: `負荷試験イベント ${i}`,
          slug: `load-event-${i}`,
          audience: 'members',
          startsAt: new Date(Date.now() + (30 + i) * DAY).toISOString(),
          startsAt_tz: 'Asia/Tokyo',
          endsAt: new Date(Date.now() + (30 + i) * DAY + 2 * HOUR).toISOString(),
          endsAt_tz: 'Asia/Tokyo',
          onlineUrl: `https://meet.example.test/load-${i}`,
          _status: 'published',
        },
      })
      eventIds.push(event.id)
    }
    const [caseStudy] = (await payload.find({ collection: 'interviews', limit: 1, sort: '-publishedAt', depth: 0 })).docs
    const [event] = (await payload.find({ collection: 'events', limit: 1, where: { audience: { equals: 'public' } }, depth: 0 })).docs
    return { members, eventIds, caseStudy: caseStudy.slug as string, event: event.slug as string }
  } finally {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    pool.on('error', () => {})
    await Promise.race([pool.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))])
  }
}

/** Which of the confirmed (alumnus, event) pairs are missing from the registrations table. */
const missingRegistrations = async (databaseUrl: string, confirmed: Set<string>) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ pair: string }>(
      `SELECT alumnus_id || ':' || event_id AS pair FROM registrations WHERE status IN ('confirmed', 'waitlisted')`,
    )
    const stored = new Set(rows.map((row) => row.pair))
    return [...confirmed].filter((pair) => !stored.has(pair)).length
  } finally {
    await client.end()
  }
}

// ---- the workload -------------------------------------------------------------------------------

/** Answers by kind of request and status, when requests failed, and the RSVPs the app confirmed. */
type Tally = { byKind: Record<string, Record<number, number>>; failures: number[]; confirmed: Set<string> }

/**
 * Each connection walks this mix again and again: five public pages, two signed-in member pages,
 * a directory search and an RSVP for a member and event that have not met yet.
 */
type PairContext = { pair?: string }

/**
 * The headers a member's browser sends: Payload accepts a session cookie only on a same-site
 * request (Origin, or Sec-Fetch-Site without one). Each member comes from an address of their own,
 * as through a proxy (src/security/clientIp.ts), so the per-address limits see many people.
 */
const session = ({ token, ip }: Member) => ({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': ip })

const workload = (setup: Setup, origin: string, tally: Tally, pairs: { next: number }): autocannon.Request[] => {
  const member = () => setup.members[Math.floor(Math.random() * setup.members.length)]
  const signedIn = (kind: string, pathName: string): autocannon.Request => ({
    method: 'GET',
    path: pathName,
    setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...session(member()) } }),
    onResponse: count(kind),
  })
  const count = (kind: string) => (status: number) => {
    const entry = (tally.byKind[kind] ??= {})
    entry[status] = (entry[status] ?? 0) + 1
    if (status >= 300) tally.failures.push(Date.now())
  }
  const page = (kind: string, pathName: string): autocannon.Request => ({ method: 'GET', path: pathName, onResponse: count(kind) })
  return [
    page('home', '/'),
    page('case study', `/case-studies/${encodeURI(setup.caseStudy)}`),
    page('case-study list', '/case-studies'),
    page('event', `/events/${encodeURI(setup.event)}`),
    signedIn('members home', '/members'),
    signedIn('members news', '/members/news'),
    signedIn('directory search', `/members/directory?q=${encodeURIComponent('佐藤')}`),
    page('case study (en)', `/en/case-studies/${encodeURI(setup.caseStudy)}`),
    {
      method: 'POST' as const,
      setupRequest: (request, context: PairContext) => {
        // Pairs in order: every member once for the first event, then the next event, …
        const n = pairs.next++
        const m = setup.members[n % setup.members.length]
        const eventId = setup.eventIds[Math.floor(n / setup.members.length) % setup.eventIds.length]
        context.pair = `${m.id}:${eventId}`
        return {
          ...request,
          path: `/api/events/${eventId}/rsvp`,
          headers: { ...request.headers, ...session(m), origin, 'content-type': 'application/json' },
          body: '{}',
        }
      },
      onResponse: (status, _body, context: PairContext) => {
        count('RSVP')(status)
        if (status < 300 && context.pair) tally.confirmed.add(context.pair)
      },
    },
  ]
}

type RunResult = { result: autocannon.Result; tally: Tally; rssMb: number }

const load = async (url: string, setup: Setup, server: ChildProcess, pairs: { next: number }, label: string) => {
  const tally: Tally = { byKind: {}, failures: [], confirmed: new Set() }
  let peakRss = 0
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssOf(server.pid))
  }, 1000)
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: DURATION, timeout: 10, requests: workload(setup, url, tally, pairs) },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    let seconds = 0
    let answered = 0
    instance.on('response', () => answered++)
    instance.on('tick', () => {
      seconds++
      if (seconds % 10 === 0) say(`[load] ${label}: ${seconds}/${DURATION} s, ${answered.toLocaleString('en')} answers so far`)
    })
    instance.on('reqError', () => tally.failures.push(Date.now()))
  })
  clearInterval(sampler)
  return { result, tally, rssMb: peakRss } satisfies RunResult
}

/** Asks a page that needs the database every 100 ms; the times it failed and answered again. */
const probe = (url: string, member: Member) => {
  let stopped = false
  const outages: { from: number; to?: number }[] = []
  const loop = (async () => {
    while (!stopped) {
      let ok = false
      try {
        const res = await fetch(`${url}/api/alumni/me`, { headers: session(member), signal: AbortSignal.timeout(2000) })
        ok = res.ok && Boolean(((await res.json()) as { user?: unknown }).user)
      } catch {
        ok = false
      }
      const open = outages.at(-1)
      if (!ok && (!open || open.to)) outages.push({ from: Date.now() })
      if (ok && open && !open.to) open.to = Date.now()
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  return {
    outages,
    stop: async () => {
      stopped = true
      await loop
    },
  }
}

// ---- output -------------------------------------------------------------------------------------

const row = (label: string, run: RunResult) => {
  const { result, rssMb } = run
  return `| ${label} | ${DURATION} s | ${CONNECTIONS} | ${Math.round(result.requests.average).toLocaleString('en')} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.total.toLocaleString('en')} | ${errorsOf(run)} (${result.non2xx}, ${result.errors - result.timeouts}, ${result.timeouts}) | ${rssMb} |`
}

// ---- main ---------------------------------------------------------------------------------------

const main = async () => {
  const started = Date.now()
  const work = mkdtempSync(path.join(os.tmpdir(), 'enishi-load-'))
  const dataDir = path.join(work, 'pg')
  const pgPort = await freePort()
  const port = await freePort()
  const url = `http://localhost:${port}`
  const distDir = `.next-bench-${process.pid}`
  const mailbox = await startMailbox({ onMessage: () => {} })
  let database = await startEmbeddedPostgres({ dataDir, port: pgPort, databases: [DATABASE], log: () => {} })
  const databaseUrl = database.url(DATABASE)
  const env: NodeJS.ProcessEnv = {
    ...productionEnv(databaseUrl, url, distDir),
    SMTP_HOST: mailbox.host,
    SMTP_PORT: String(mailbox.port),
  }
  process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
  let server: ChildProcess | undefined
  try {
    say('[load] migrations and demo content')
    await run('tsx', ['scripts/migrate.ts'], env)
    await run('tsx', ['scripts/seed.ts'], env)
    const setup = await prepare(databaseUrl)
    say('[load] building the production app (next build)')
    await run('next', ['build'], env)
    server = startProductionServer(port, env, 'ignore')
    const firstAnswer = await waitForServer(url, server)
    say(`[load] production server answered after ${Math.round(firstAnswer)} ms`)
    // Each page once, so the runs measure serving and not first renders; any answer but 200 stops here.
    for (const request of workload(setup, url, { byKind: {}, failures: [], confirmed: new Set() }, { next: 0 }).slice(0, 8)) {
      const res = await fetch(`${url}${request.path}`, { headers: session(setup.members[0]), redirect: 'manual' })
      if (res.status !== 200) throw new Error(`${request.path} answered ${res.status} ${res.headers.get('location') ?? ''}`)
    }
    const pairs = { next: 0 }

    say(`[load] run 1: ${DURATION} s, ${CONNECTIONS} connections`)
    const steady = await load(url, setup, server, pairs, 'run 1')

    say('[load] run 2: the same, with PostgreSQL restarted a third of the way in')
    const watch = probe(url, setup.members[0])
    const restart = (async () => {
      await new Promise((r) => setTimeout(r, (DURATION / 3) * 1000))
      const down = Date.now()
      say('[load] stopping PostgreSQL')
      await database.stop()
      await new Promise((r) => setTimeout(r, 2000))
      database = await startEmbeddedPostgres({ dataDir, port: pgPort, log: () => {} })
      const up = Date.now()
      say(`[load] PostgreSQL is back after ${((up - down) / 1000).toFixed(1)} s`)
      return { down, up }
    })()
    const faulted = await load(url, setup, server, pairs, 'run 2')
    const { down, up } = await restart
    await watch.stop()
    const outage = watch.outages.find((o) => o.to && o.to >= down) ?? watch.outages.at(-1)
    const recoveredAfterUp = outage?.to ? (outage.to - up) / 1000 : Number.NaN
    const errorsAfterRecovery = faulted.tally.failures.filter((t) => outage?.to && t > outage.to + 1000).length
    const confirmed = new Set([...steady.tally.confirmed, ...faulted.tally.confirmed])
    const lost = await missingRegistrations(databaseUrl, confirmed)
    const serverAlive = server.exitCode === null

    const table = [
      '| run | duration | connections | requests/s | p50 ms | p99 ms | requests | errors (non-2xx, refused, timed out) | server RSS MB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      row('steady', steady),
      row('PostgreSQL restarted', faulted),
    ].join('\n')
    const verdict = [
      `steady run errors: ${errorsOf(steady)} (target 0): ${errorsOf(steady) === 0 ? 'met' : 'NOT met'}`,
      `PostgreSQL was down ${((up - down) / 1000).toFixed(1)} s; the app answered from the database again ${recoveredAfterUp.toFixed(1)} s after it was back, without a restart (server process ${serverAlive ? 'still the same' : 'EXITED'})`,
      `failed requests in run 2 after recovery: ${errorsAfterRecovery}`,
      `confirmed RSVPs: ${confirmed.size.toLocaleString('en')}, missing from the database afterwards: ${lost} (target 0): ${lost === 0 ? 'met' : 'NOT met'}`,
    ]
    const mix = (run: RunResult) =>
      Object.entries(run.tally.byKind)
        .map(([kind, statuses]) => `${kind} ${Object.entries(statuses).map(([status, n]) => `${n}×${status}`).join(' ')}`)
        .join(', ')
    say()
    say(table)
    say()
    for (const line of verdict) say(`[load] ${line}`)
    say(`[load] answers by kind in run 1: ${mix(steady)}`)
    say(`[load] answers by kind in run 2: ${mix(faulted)}`)
    if (!options['no-write']) {
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      const { rows } = await client.query<{ server_version: string }>('SHOW server_version')
      await client.end()
      writeSection('## Load and faults', [
        `\`npm run bench:load\` — ${new Date().toISOString().slice(0, 10)}, commit ${commit(COMMIT_PATHS)}, ${machine(rows[0].server_version)}.`,
        `Production build (\`next start\`) on its own embedded PostgreSQL; autocannon on the same two cores. Each connection`,
        'repeats one mix: home, a case study (ja and en), the case-study list, an event page, the members home and',
        'news signed in, a directory search for 佐藤, and an RSVP of a new member–event pair. Method: [operations.md](operations.md#faults).',
        `The production server answered its first request ${Math.round(firstAnswer)} ms after \`next start\`.`,
        '',
        table,
        '',
        ...verdict.map((line) => `- ${line}`),
      ])
    }
    say(`\n[load] done in ${Math.round((Date.now() - started) / 1000)} s`)
    process.exitCode = errorsOf(steady) === 0 && lost === 0 && serverAlive && Number.isFinite(recoveredAfterUp) ? 0 : 1
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    }
    rmSync(path.join(root, distDir), { recursive: true, force: true })
    await mailbox.close()
    await database.stop().catch(() => {})
    rmSync(work, { recursive: true, force: true })
  }
}

// autocannon counts timeouts among connection errors.
const errorsOf = ({ result }: RunResult) => result.errors + result.non2xx

main().then(
  () => process.exit(),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
