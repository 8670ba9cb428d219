import { request as httpRequest } from 'node:http'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { SEED_SLUGS } from '../../src/seed'

/**
 * A case-study page ships no more client JavaScript than the framework's floor + 10 KB, both
 * counted compressed as `next start` serves them (docs/performance.md):
 * - the page: every `<script src>` in its HTML (what a browser downloads before the page is interactive);
 * - the floor: the build's `rootMainFiles` (build-manifest.json), the app router's own runtime
 *   that every page of this build loads whatever its components are.
 */
const BUDGET_BYTES = 10 * 1024

const baseUrl = process.env.BASE_URL || 'http://localhost:3000'
const distDir = path.resolve(import.meta.dirname, '../..', process.env.NEXT_DIST_DIR || '.next')

/** Bytes on the wire for `url` with the encodings a browser accepts, and the encoding used. */
const transferSize = (url: string) =>
  new Promise<{ bytes: number; encoding: string }>((resolve, reject) => {
    httpRequest(url, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`))
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }))
    })
      .on('error', reject)
      .end()
  })

/** `<script src>` of the HTML, without `nomodule` ones (polyfills no current browser downloads). */
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bnomodule\b/i.test(tag))
    .flatMap((tag) => tag.match(/\bsrc="([^"]+)"/)?.[1].replaceAll('&amp;', '&') ?? [])

const sum = async (urls: string[]) => {
  const sizes = await Promise.all(urls.map((u) => transferSize(new URL(u, baseUrl).href)))
  // The server leaves files under 1 KB uncompressed (not worth it); everything larger is compressed.
  for (const { bytes, encoding } of sizes) if (bytes > 1024) expect(encoding, 'scripts are sent compressed').not.toBe('identity')
  return sizes.reduce((total, s) => total + s.bytes, 0)
}

test('a case-study page loads at most the framework floor + 10 KB of compressed JavaScript', async ({ page }) => {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] }
  const floorFiles = manifest.rootMainFiles.map((file) => `/_next/${file}`)
  expect(floorFiles.length).toBeGreaterThan(0)

  const res = await page.goto(`/case-studies/${SEED_SLUGS.latestInterview}`)
  expect(res?.status()).toBe(200)
  const pageScripts = scriptsOf(await res!.text())
  // The floor is part of what the page loads, so the page's own share is the difference.
  for (const file of floorFiles) expect(pageScripts).toContain(file)

  const floor = await sum(floorFiles)
  const total = await sum(pageScripts)
  const own = total - floor
  console.log(
    `[js-budget] floor ${(floor / 1024).toFixed(1)} KB (${floorFiles.length} files), case study ${(total / 1024).toFixed(1)} KB ` +
      `(${pageScripts.length} files), above the floor ${(own / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB`,
  )
  expect(own).toBeLessThanOrEqual(BUDGET_BYTES)

  // What the browser actually fetched agrees: no script outside the HTML's list before it settles.
  await page.waitForLoadState('networkidle')
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
      .map((e) => new URL(e.name).pathname),
  )
  for (const file of fetched) expect(pageScripts.map((s) => new URL(s, baseUrl).pathname)).toContain(file)
})

test('case-study images arrive as AVIF in the size drawn, with their box reserved', async ({ page }) => {
  const types: string[] = []
  page.on('response', (res) => {
    if (new URL(res.url()).pathname === '/_next/image') types.push(`${res.status()} ${res.headers()['content-type']}`)
  })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/case-studies/${SEED_SLUGS.latestInterview}`)
  const images = page.locator('main img')
  expect(await images.count()).toBeGreaterThan(2)
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded()
    await expect(img).toHaveJSProperty('complete', true)
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0)
    // Width and height attributes: the browser reserves the box before the file arrives.
    await expect(img).toHaveAttribute('width', /^\d+$/)
    await expect(img).toHaveAttribute('height', /^\d+$/)
    await expect(img).toHaveAttribute('srcset', /\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2F.+ \d+w/)
  }
  // The hero on a 390 px wide phone: a srcset entry near its drawn width, not the 1600 px file.
  const hero = await images.first().evaluate((el: HTMLImageElement) => ({ src: el.currentSrc, natural: el.naturalWidth }))
  expect(Number(new URL(hero.src).searchParams.get('w'))).toBeLessThanOrEqual(1200)
  expect(types.length).toBeGreaterThan(0)
  for (const type of types) expect(type).toBe('200 image/avif')
})

test('a page fetches no other page until the reader points at a link, then that one', async ({ page }) => {
  const prefetched: string[] = []
  page.on('request', (req) => {
    if (req.headers()['rsc'] || new URL(req.url()).searchParams.has('_rsc')) prefetched.push(new URL(req.url()).pathname)
  })
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  // The home page links to a dozen pages; none is fetched while the reader only looks.
  expect(prefetched).toEqual([])
  const card = page.locator('main article a').first()
  const target = new URL((await card.getAttribute('href'))!, 'http://x').pathname
  // Pointed at again if the first hover came before the page hydrated.
  await expect(async () => {
    await page.mouse.move(0, 0)
    await card.hover()
    await expect.poll(() => prefetched, { timeout: 2_000 }).toContain(target)
  }).toPass({ timeout: 20_000 })
  // Only the page pointed at was fetched.
  expect(new Set(prefetched)).toEqual(new Set([target]))
  await card.click()
  await expect(page).toHaveURL(new RegExp(`${target}$`))
})

test('the home page fetches its first case-study image before layout, with high priority', async ({ page }) => {
  const response = await page.request.get('/')
  const html = await response.text()
  const firstImage = /<img [^>]*>/.exec(html.slice(html.indexOf('<main')))![0]
  expect(firstImage).toContain('fetchPriority="high"')
  expect(firstImage).not.toContain('loading="lazy"')
  expect(html).toMatch(/<link rel="preload" as="image"[^>]*fetchPriority="high"/)
})
