/**
 * Lighthouse, mobile profile, on the home page, a case study and /events of a running production
 * app: `lighthouseSection(baseUrl)` is called by `npm run bench`; alone,
 * `npm run bench:lighthouse [-- --runs 3 --no-write]` builds and starts the app on a scratch
 * database with the demo content first (as scripts/e2e.ts does).
 *
 * Targets (issue 7): Performance ≥ 95, Accessibility, Best Practices and SEO 100. Performance is
 * the median of `runs` runs per page and depends on the machine's load; the other three do not.
 * Prints the scores and writes docs/benchmarks.md ("Lighthouse").
 */
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import pg from 'pg'

import { productionEnv, root, run, startProductionServer, waitForServer } from '../../scripts/lib/processes'
import { createScratchDatabase, freePort } from '../../src/db/scratch'
import { commit, machine, say, writeSection } from './lib/report'
import { CHROMIUM_ARGS, findChromium, requireJapaneseFont } from '../e2e/chromium'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }
const LABELS: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best Practices',
  seo: 'SEO',
}

const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS]

const lighthouseVersion = () =>
  (JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The first case study the list links to, so the section works on the demo and the bench data alike. */
const caseStudyPath = async (baseUrl: string) => {
  const html = await (await fetch(`${baseUrl}/case-studies`)).text()
  const match = html.match(/href="(\/case-studies\/[^"?#/]+)"/)
  if (!match) throw new Error('the case-study list links to no case study')
  return match[1]
}

/**
 * Renders each page and has next/image encode its images once, so the runs measure the cached
 * site a visitor meets, not the first request after a deploy.
 */
const warmUp = async (url: string) => {
  const html = await (await fetch(url)).text()
  const images = new Set(
    [...html.matchAll(/\/_next\/image\?[^"\s,]+/g)].map((m) => m[0].replaceAll('&amp;', '&')),
  )
  await Promise.all(
    [...images].map((src) => fetch(new URL(src, url), { headers: { accept: 'image/avif,image/webp,*/*' } }).then((r) => r.arrayBuffer())),
  )
}

type Failure = { category: Category; title: string }
type Audit = { scores: Record<Category, number>; failures: Failure[]; cls: number; lcp: number }

/** Tries this often when Lighthouse could not record the page load (NO_NAVSTART and the like). */
const ATTEMPTS = 3

const audit = async (url: string, port: number, attempt = 1): Promise<Audit> => {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    formFactor: 'mobile',
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  // A failed recording scores 0 everywhere: it says nothing about the page, so it is run again.
  const failed = result.lhr.runtimeError
  if (failed) {
    if (attempt >= ATTEMPTS) throw new Error(`Lighthouse could not measure ${url}: ${failed.code} ${failed.message}`)
    say(`[lighthouse] ${failed.code}, measuring again`)
    return audit(url, port, attempt + 1)
  }
  const { categories, audits } = result.lhr
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>
  // What keeps a category below 100: audits that count towards it and did not pass.
  const failures: Failure[] = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    (categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ({ category: c, title: audits[ref.id].title })),
  )
  return { scores, failures, cls: Number(audits['cumulative-layout-shift']?.numericValue ?? 0), lcp: Number(audits['largest-contentful-paint']?.numericValue ?? 0) }
}

export const lighthouseSection = async (baseUrl: string, { runs = 3, write = true }: { runs?: number; write?: boolean } = {}) => {
  const pages = [
    ['home page', '/'],
    ['case study', await caseStudyPath(baseUrl)],
    ['events', '/events'],
  ] as const
  const measured = commit(['src', 'collections', 'next.config.ts', 'package-lock.json'])
  requireJapaneseFont()
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS })
  const rows: { label: string; path: string; scores: Record<Category, number>; cls: number; lcp: number; failures: Failure[] }[] = []
  try {
    for (const [label, path] of pages) {
      const url = new URL(path, baseUrl).href
      await warmUp(url)
      const results: Audit[] = []
      for (let i = 0; i < runs; i++) {
        say(`[lighthouse] ${label} (${path}) run ${i + 1}/${runs}`)
        results.push(await audit(url, chrome.port))
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => r.scores[c]))])) as Record<Category, number>
      const failures = [...new Map(results.flatMap((r) => r.failures).map((f) => [`${f.category}:${f.title}`, f])).values()]
      rows.push({ label, path, scores, failures, cls: Math.max(...results.map((r) => r.cls)), lcp: median(results.map((r) => r.lcp)) })
    }
  } finally {
    chrome.kill()
  }

  let postgres = 'unknown'
  try {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    postgres = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version
    await client.end()
  } catch {
    // the section still says everything else about the machine
  }
  const verdict = (c: Category, score: number) => (score >= TARGETS[c] ? 'met' : '**NOT met**')
  const lines = [
    `\`npm run bench:lighthouse\` — ${new Date().toISOString().slice(0, 10)}, commit ${measured}, ${machine(postgres)}.`,
    `Lighthouse ${lighthouseVersion()}, mobile profile (simulated slow 4G, 4× CPU slowdown), Debian Chromium, headless;`,
    `the median of ${runs} run${runs === 1 ? '' : 's'} per page. Performance depends on the machine's load; the other categories do not.`,
    '',
    `| page | ${CATEGORIES.map((c) => LABELS[c]).join(' | ')} | LCP | CLS |`,
    `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | ---: | ---: |`,
    ...rows.map(
      (r) =>
        `| ${r.label} (\`${r.path}\`) | ${CATEGORIES.map((c) => `${r.scores[c]} (${verdict(c, r.scores[c])})`).join(' | ')} | ${(r.lcp / 1000).toFixed(1)} s | ${r.cls.toFixed(3)} |`,
    ),
    '',
    `Targets: ${CATEGORIES.map((c) => `${LABELS[c]} ≥ ${TARGETS[c]}`).join(', ')}.`,
    ...rows.flatMap((r) => r.failures.map((f) => `- ${r.label}: ${LABELS[f.category]} — ${f.title}`)),
  ]
  say(`\n${lines.join('\n')}`)
  if (write) writeSection('## Lighthouse', lines)
  return rows
}

/** `npm run bench:lighthouse`: a production build on a scratch database with the demo content. */
const main = async () => {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'no-write': { type: 'boolean', default: false } } })
  findChromium()
  requireJapaneseFont()
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const db = await createScratchDatabase('enishi_lighthouse')
  const env = productionEnv(db.url, baseUrl, `.next-lighthouse-${process.pid}`)
  process.env.DATABASE_URL = db.url
  let server: ReturnType<typeof startProductionServer> | undefined
  try {
    say('[lighthouse] migrations and demo content')
    await run('tsx', ['scripts/migrate.ts'], env)
    await run('tsx', ['scripts/seed.ts'], env)
    say('[lighthouse] building the production app')
    await run('next', ['build'], env)
    server = startProductionServer(port, env, 'ignore')
    await waitForServer(baseUrl, server)
    await lighthouseSection(baseUrl, { runs: Number(values.runs), write: !values['no-write'] })
  } finally {
    server?.kill('SIGTERM')
    rmSync(path.join(root, env.NEXT_DIST_DIR!), { recursive: true, force: true })
    await db.drop().catch(() => {})
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
