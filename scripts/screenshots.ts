/**
 * README screenshots from the running site: `npm run screenshots` (BASE_URL defaults to the dev
 * server at http://localhost:3000). Needs Chromium and a Japanese font (Debian: fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { chromium } from '@playwright/test'

import { DEMO_LOGINS } from '../src/seed'
import { CHROMIUM_ARGS, findChromium, requireJapaneseFont } from '../tests/e2e/chromium'

const baseUrl = process.env.BASE_URL || 'http://localhost:3000'
const outDir = path.resolve(import.meta.dirname, '../docs/screenshots')

const main = async () => {
  requireJapaneseFont()
  mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  })
  // A Japanese browser: the admin (and so the dashboard) speaks the browser's language.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'ja-JP' })
  // The dev server compiles each route on its first visit: minutes on a busy machine.
  page.setDefaultTimeout(300_000)

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

  // The staff network dashboard, signed in as the demo editor, in Japanese.
  await page.setViewportSize({ width: 1440, height: 1000 })
  await page.goto(new URL('/admin/login', baseUrl).toString())
  await page.fill('#field-email', DEMO_LOGINS.editor.email)
  await page.fill('#field-password', DEMO_LOGINS.editor.password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin$/)
  await page.goto(new URL('/admin/network', baseUrl).toString(), { waitUntil: 'networkidle' })
  await page.locator('figure[data-chart="age"] svg').waitFor()
  await page.screenshot({ path: path.join(outDir, 'dashboard.png'), fullPage: true })
  console.log('[screenshots] dashboard.png ← /admin/network')
  await browser.close()
}

void main()
