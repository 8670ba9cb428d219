/**
 * Start-up benchmark: `npm run bench:startup [-- --starts 5 --no-write]`
 *
 * 1. a fresh clone of the committed code in a temporary folder and `npm ci` there (timed, but
 *    outside the target: the issue counts from "after npm install");
 * 2. `npm run dev` in that clone with no DATABASE_URL — the path a newcomer takes: embedded
 *    PostgreSQL created from nothing, migrations, demo content, the dev compiler — timed until `/`
 *    answers 200 (target: within 60 s);
 * 3. `next build` of the clone on a migrated, seeded database of its own, then `--starts` cold
 *    starts of `next start`, each timed until the first answer of the home page and, in a second
 *    series, of a case-study page (the first request that initialises Payload) (target: 2 s);
 * 4. the figures printed and written to docs/benchmarks.md ("Start-up").
 *
 * The clone measures what a fresh checkout gets: uncommitted changes are not in it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { root } from '../../scripts/lib/processes'
import pg from 'pg'

import { createScratchDatabase, freePort } from '../../src/db/scratch'
import { commit, machine, percentile, say, writeSection } from './lib/report'

const { values: options } = parseArgs({
  options: {
    starts: { type: 'string', default: '5' },
    'no-write': { type: 'boolean', default: false },
  },
})
const STARTS = Number(options.starts)
const DEV_TARGET_MS = 60_000
const START_TARGET_MS = 2_000

const step = (text: string) => say(`\n[startup] ${text}`)

/** Runs a command in `cwd` to its end, output to the terminal; resolves with its duration in ms. */
const timed = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
  new Promise<number>((resolve, reject) => {
    const started = performance.now()
    spawn(cmd, args, { cwd, env, stdio: 'inherit' }).on('exit', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)),
    )
  })

/** Milliseconds from `started` until `url` answers 200 (polled every 20 ms); throws after `limitMs`. */
const firstAnswer = async (url: string, started: number, child: ChildProcess, limitMs: number) => {
  while (performance.now() - started < limitMs) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before ${url} answered`)
    try {
      const res = await fetch(url, { redirect: 'manual' })
      await res.arrayBuffer()
      if (res.status === 200) return performance.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`${url} did not answer 200 within ${limitMs / 1000} s`)
}

/** Stops a process started in its own group, with everything it started. */
const stopGroup = async (child: ChildProcess, signal: NodeJS.Signals = 'SIGINT') => {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise((r) => child.once('exit', r))
  process.kill(-child.pid, signal)
  const timeout = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 20_000)
  await exited
  clearTimeout(timeout)
}

const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50)
const verdict = (ms: number, target: number) => (ms <= target ? 'met' : 'NOT met')
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const main = async () => {
  const measured = commit(['src', 'collections', 'migrations', 'payload.config.ts', 'next.config.ts', 'package-lock.json'])
  const work = mkdtempSync(path.join(os.tmpdir(), 'enishi-startup-'))
  const clone = path.join(work, 'enishi')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: 'true' }
  delete baseEnv.DATABASE_URL
  delete baseEnv.PAYLOAD_SECRET
  const db = await createScratchDatabase('enishi_startup')
  try {
    step(`cloning the committed code into ${clone}`)
    await timed('git', ['clone', '--quiet', root, clone], work, baseEnv)
    step('npm ci in the clone')
    const installMs = await timed(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], clone, baseEnv)
    say(`[startup] npm ci took ${seconds(installMs)}`)

    step('npm run dev on a fresh clone: embedded PostgreSQL, migrations, demo content, first compile of /')
    const devPort = await freePort()
    const devStarted = performance.now()
    const dev = spawn(npm, ['run', 'dev', '--', '-p', String(devPort)], {
      cwd: clone,
      env: { ...baseEnv, ENISHI_EMBEDDED_DB_PORT: String(await freePort()) },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    })
    let devMs: number
    try {
      devMs = await firstAnswer(`http://localhost:${devPort}/`, devStarted, dev, 5 * 60_000)
    } finally {
      await stopGroup(dev)
    }
    say(`[startup] npm run dev served / after ${seconds(devMs)}`)

    step('building the clone for production (next build on its own migrated, seeded database)')
    const prodEnv: NodeJS.ProcessEnv = { ...baseEnv, DATABASE_URL: db.url, PAYLOAD_SECRET: randomBytes(24).toString('hex') }
    await timed(path.join(clone, 'node_modules/.bin/tsx'), ['scripts/migrate.ts'], clone, prodEnv)
    await timed(path.join(clone, 'node_modules/.bin/tsx'), ['scripts/seed.ts'], clone, prodEnv)
    const buildMs = await timed(path.join(clone, 'node_modules/.bin/next'), ['build'], clone, prodEnv)

    const coldStarts = async (pagePath: string) => {
      const times: number[] = []
      for (let i = 0; i < STARTS; i++) {
        const port = await freePort()
        const started = performance.now()
        const server = spawn(path.join(clone, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
          cwd: clone,
          env: { ...prodEnv, NODE_ENV: 'production' },
          stdio: 'ignore',
          detached: true,
        })
        try {
          times.push(await firstAnswer(`http://localhost:${port}${pagePath}`, started, server, 60_000))
        } finally {
          await stopGroup(server, 'SIGTERM')
        }
        say(`[startup] next start → ${pagePath} answered in ${Math.round(times.at(-1)!)} ms (${i + 1}/${STARTS})`)
      }
      return times
    }
    step(`${STARTS} cold starts of the production server, first request to the home page`)
    const home = await coldStarts('/')
    step(`${STARTS} cold starts, first request to a case-study page (initialises Payload)`)
    const caseStudy = await coldStarts('/case-studies/kazami-seiko-boomerang-hiring')

    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version')
    await client.end()

    const table = [
      ['`npm run dev` on a fresh clone, until `/` answers', [devMs], DEV_TARGET_MS],
      ['`next start`, until the home page answers', home, START_TARGET_MS],
      ['`next start`, until a case-study page answers', caseStudy, START_TARGET_MS],
    ] as const
    const lines = [
      `\`npm run bench:startup\` — ${new Date().toISOString().slice(0, 10)}, commit ${measured}, ${machine(version[0].server_version)}.`,
      `A fresh clone of the commit; \`npm ci\` took ${seconds(installMs)} (not counted) and \`next build\` ${seconds(buildMs)}.`,
      'The dev figure includes creating the embedded PostgreSQL, the migrations, the demo content and the first compile;',
      `each production figure is ${STARTS} cold starts, timed from spawning \`next start\` to the first 200.`,
      '',
      '| start | median | worst | target | |',
      '| --- | ---: | ---: | ---: | :---: |',
      ...table.map(([label, times, target]) => {
        const worst = Math.max(...times)
        return `| ${label} | ${seconds(median(times))} | ${seconds(worst)} | ${seconds(target)} | ${verdict(worst, target)} |`
      }),
    ]
    say(`\n${lines.join('\n')}`)
    if (!options['no-write']) writeSection('## Start-up', lines)
  } finally {
    await db.drop().catch(() => {})
    rmSync(work, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
