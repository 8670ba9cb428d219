/**
 * README screenshots from the running site: `npm run screenshots` (BASE_URL defaults to the dev
 * server at http://localhost:3000). Needs Chromium and a Japanese font (Debian: fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { chromium } from '@playwright/test'

import { findChromium } from '../tests/e2e/chromium'

const baseUrl = process.env.BASE_URL || 'http://localhost:3000'
const outDir = path.resolve(import.meta.dirname, '../docs/screenshots')

const main = async () => {
  mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 })

  /** A viewport-sized picture of `url`, scrolled to `anchor` when given. */
  const shoot = async (name: string, url: string, anchor?: string) => {
    await page.goto(new URL(url, baseUrl).toString(), { waitUntil: 'networkidle' })
    if (anchor) await page.locator(anchor).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 24))
    await page.screenshot({ path: path.join(outDir, `${name}.png`) })
    console.log(`[screenshots] ${name}.png ← ${url}${anchor ?? ''}`)
  }

  await shoot('home', '/')
  await page.goto(new URL('/case-studies', baseUrl).toString())
  const first = await page.locator('main article h2 a').first().getAttribute('href')
  if (!first) throw new Error('no case study to photograph: seed the database first')
  await shoot('case-study', first)
  await shoot('case-study-qa', first, '#interviewees')
  await shoot('case-study-en', `/en${first}`)
  await page.setViewportSize({ width: 390, height: 844 })
  await shoot('case-study-mobile', first)
  await browser.close()
}

void main()
