/**
 * Site search (issue 5, item 6) in the browser: the header's search box, Japanese-aware
 * matching with one- and two-character queries, highlighted matches, paging, both languages,
 * and hidden documents (drafts, future-dated, members-only) never listed.
 */
import { expect, test } from '@playwright/test'

import { DEMO_LOGINS, SEED_SLUGS, SEED_TITLES } from '../../src/seed'

const resultLinks = (page: import('@playwright/test').Page) => page.locator('main ol li h3 a')

test.describe('site search', () => {
  test('a visitor searches from the header and gets highlighted results', async ({ page }) => {
    await page.goto('/')
    const box = page.getByRole('search', { name: 'サイト内を検索' }).getByRole('searchbox', { name: '検索語' })
    await box.fill('かざみ')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=%E3%81%8B%E3%81%96%E3%81%BF$/)
    await expect(page.getByRole('heading', { level: 1, name: 'サイト内検索' })).toBeVisible()
    await expect(page.getByRole('status')).toContainText('検索結果')
    await expect(page.locator(`main ol a[href$="/case-studies/${SEED_SLUGS.latestInterview}"]`)).toBeVisible()
    // Typed in hiragana, found and marked in katakana.
    await expect(page.locator('main ol mark').first()).toHaveText('カザミ')
  })

  test('one- and two-character queries work', async ({ page }) => {
    for (const q of ['精', '精工']) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`)
      await expect(page.locator(`main ol a[href$="/case-studies/${SEED_SLUGS.latestInterview}"]`), q).toBeVisible()
      await expect(page.locator('main ol mark').first(), q).toHaveText(q)
    }
  })

  test('drafts, future-dated and members-only documents never appear', async ({ page }) => {
    const hidden = [
      [SEED_SLUGS.membersAnnouncement, SEED_TITLES.membersAnnouncement],
      [SEED_SLUGS.futureAnnouncement, SEED_TITLES.futureAnnouncement],
      [SEED_SLUGS.draftAnnouncement, SEED_TITLES.draftAnnouncement],
      [SEED_SLUGS.membersEvent, SEED_TITLES.membersEvent],
    ]
    for (const [slug, title] of hidden) {
      await page.goto(`/search?q=${encodeURIComponent(title)}`)
      await expect(page.getByRole('status')).toBeVisible()
      await expect(page.locator(`main a[href*="${slug}"]`), title).toHaveCount(0)
    }
  })

  test('many results are paged', async ({ page, request }) => {
    const login = await request.post('/api/users/login', {
      data: { email: DEMO_LOGINS.editor.email, password: DEMO_LOGINS.editor.password },
    })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const word = `頁送り${Date.now().toString(36)}`
    const ids: number[] = []
    const text = { type: 'text', text: '本文', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
    const line = { type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: [text] }
    const body = { root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: [line] } }
    try {
      for (let i = 0; i < 12; i++) {
        const created = await request.post('/api/announcements', {
          headers,
          data: { title: `${word} ${i}`, slug: `paging-${word.slice(3)}-${i}`, audience: 'public', body, _status: 'published' },
        })
        expect(created.status()).toBe(201)
        ids.push(((await created.json()) as { doc: { id: number } }).doc.id)
      }
      await page.goto(`/search?q=${encodeURIComponent(word)}`)
      await expect(page.getByRole('status')).toContainText('12 件')
      await expect(resultLinks(page)).toHaveCount(10)
      const first = await resultLinks(page).allInnerTexts()
      await page.getByRole('navigation', { name: 'ページ送り' }).getByRole('link', { name: '次へ' }).click()
      await expect(page).toHaveURL(/[?&]page=2/)
      await expect(resultLinks(page)).toHaveCount(2)
      for (const title of await resultLinks(page).allInnerTexts()) expect(first).not.toContain(title)
    } finally {
      for (const id of ids) await request.delete(`/api/announcements/${id}`, { headers })
    }
  })

  test('search works in English', async ({ page }) => {
    await page.goto('/en/search?q=Sorano')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    await expect(page.locator(`main ol a[href="/en/case-studies/${SEED_SLUGS.englishInterview}"]`)).toBeVisible()
    await expect(page.locator('main ol mark').first()).toHaveText('Sorano')
    await page.goto('/en/search?q=zzzzqqq')
    await expect(page.getByRole('status')).toContainText('Nothing matches')
  })
})
