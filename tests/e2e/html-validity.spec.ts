import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { expect, test } from '@playwright/test'

import { LANGUAGES, PUBLIC_PAGES, STATUS_PAGES, underPrefix } from './publicPages'

/**
 * The Nu HTML Checker (vnu-jar, the W3C validator) on the HTML the server sends for every public
 * page template in both languages: no errors. Warnings pass only when listed in ALLOWED_WARNINGS
 * with the reason (docs/testing.md). All pages go to one Java process, which starts once.
 */
const VNU_JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')

/** Warnings that are the framework's markup, not ours, matched on the checker's message. */
const ALLOWED_WARNINGS: { pattern: RegExp; reason: string }[] = []

type VnuMessage = { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }

test('every public page template is valid HTML in both languages', async ({ request }) => {
  test.setTimeout(240_000)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'enishi-vnu-'))
  try {
    const pageOf = new Map<string, string>()
    const pages = LANGUAGES.flatMap(({ prefix }) => [
      ...PUBLIC_PAGES.map((page): [string, number] => [underPrefix(prefix, page), 200]),
      ...STATUS_PAGES.map(([page, status]): [string, number] => [underPrefix(prefix, page), status]),
    ])
    for (const [page, status] of pages) {
      const res = await request.get(page, { maxRedirects: 0 })
      expect(res.status(), page).toBe(status)
      const file = path.join(dir, `${pageOf.size}.html`)
      writeFileSync(file, await res.body())
      pageOf.set(pathToFileURL(file).href, page)
    }
    const run = spawnSync(process.env.JAVA || 'java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...pageOf.keys()], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    if (run.error) throw new Error(`Could not run Java for the Nu HTML Checker (Debian: apt-get install default-jre-headless): ${run.error.message}`)
    const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] }
    const describe = (m: VnuMessage) => `${pageOf.get(m.url ?? '') ?? m.url} line ${m.lastLine}: ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ''}`
    const errors = messages.filter((m) => m.type !== 'info')
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && !ALLOWED_WARNINGS.some((w) => w.pattern.test(m.message)))
    console.log(`[html] ${pageOf.size} pages checked: ${errors.length} errors, ${warnings.length} warnings not allowed`)
    expect(errors.map(describe), errors.map(describe).join('\n')).toEqual([])
    expect(warnings.map(describe), warnings.map(describe).join('\n')).toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
