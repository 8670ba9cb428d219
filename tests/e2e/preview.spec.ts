/**
 * Preview (issue 5, item 2): an editor sees a draft interview beside the form while editing
 * (live preview, refreshed on save) and can share a signed link to it; the link opens that one
 * draft through Next's draft mode, for as long as it is valid, and nothing of it reaches a
 * visitor or the page cache.
 */
import { type APIRequestContext, type Browser, expect, test } from '@playwright/test'

import { createPreviewToken } from '../../src/preview/token'
import { lexicalDocument, plainParagraph } from '../../src/lib/lexical'
import { DEMO_LOGINS } from '../../src/seed'
import { signInAdmin } from './signIn'

const rich = (text: string) => lexicalDocument([plainParagraph(text)])

/** A draft interview, created through REST as the editor. */
const createDraft = async (request: APIRequestContext, label: string) => {
  const login = await request.post('/api/users/login', {
    data: { email: DEMO_LOGINS.editor.email, password: DEMO_LOGINS.editor.password },
  })
  const { token } = (await login.json()) as { token: string }
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const doc = { slug: `preview-${label}-${stamp}`, title: `下書きプレビュー ${label} ${stamp}` }
  const created = await request.post('/api/interviews?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      ...doc,
      _status: 'draft',
      lead: 'プレビューの確認用です。',
      interviewees: [{ name: '下書 花子' }],
      body: [{ blockType: 'answer', speaker: '下書 花子', content: rich('まだ公開されていません。') }],
    },
  })
  expect(created.status()).toBe(201)
  return { ...doc, id: ((await created.json()) as { doc: { id: number } }).doc.id }
}

/** What someone without the link sees: a fresh browser with no cookies. */
const visitorStatus = async (browser: Browser, path: string) => {
  const context = await browser.newContext()
  const response = await context.request.get(path)
  await context.close()
  return response.status()
}

test.describe('draft preview', () => {
  test('a signed link opens that one draft, uncached, and nothing of it reaches visitors', async ({ browser, page, request }) => {
    const draft = await createDraft(request, 'link')
    const other = await createDraft(request, 'other')
    expect(await visitorStatus(browser, `/case-studies/${draft.slug}`)).toBe(404)

    const token = createPreviewToken('interviews', draft.id)
    const response = await page.goto(`/api/preview?${new URLSearchParams({ token, locale: 'ja' })}`)
    await expect(page).toHaveURL(new RegExp(`/case-studies/${draft.slug}$`))
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toContain('no-store')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title)
    await expect(page.getByRole('status').filter({ hasText: '下書きのプレビュー' })).toBeVisible()

    // The link opens its own draft only, even with draft mode on.
    expect((await page.goto(`/case-studies/${other.slug}`))?.status()).toBe(404)

    // Visitors still get nothing, from the server or its cache.
    expect(await visitorStatus(browser, `/case-studies/${draft.slug}`)).toBe(404)
    expect(await visitorStatus(browser, `/case-studies/${draft.slug}/og-image`)).toBe(404)

    // Leaving preview turns draft mode off.
    await page.goto(`/case-studies/${draft.slug}`)
    await page.getByRole('link', { name: 'プレビューを終了' }).click()
    await expect(page).toHaveURL(new RegExp(`/case-studies/${draft.slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(draft.title)
  })

  test('forged and expired links are refused', async ({ request }) => {
    const draft = await createDraft(request, 'refused')
    const valid = createPreviewToken('interviews', draft.id)
    const forged = valid.replace(`.${draft.id}.`, `.${draft.id + 1}.`)
    const expired = createPreviewToken('interviews', draft.id, Date.now() - 8 * 24 * 3600 * 1000)
    for (const token of [forged, expired, 'nonsense', '']) {
      const response = await request.get(`/api/preview?token=${encodeURIComponent(token)}`, { maxRedirects: 0 })
      expect(response.status(), token).toBe(403)
      expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')
    }
  })

  test('the editor previews beside the form, refreshed on save, and can copy a preview link', async ({ browser, page, request }) => {
    const draft = await createDraft(request, 'live')
    await signInAdmin(page)
    await page.goto(`/admin/collections/interviews/${draft.id}`)

    // The "Preview" link is the shareable signed link: it works in a browser that is signed in nowhere.
    const link = await page.getByRole('link', { name: 'Preview' }).getAttribute('href')
    expect(link).toContain('/api/preview?token=')
    const context = await browser.newContext()
    const shared = await context.newPage()
    await shared.goto(link!)
    await expect(shared.getByRole('heading', { level: 1 })).toHaveText(draft.title)
    await context.close()

    await page.getByRole('button', { name: 'Live Preview' }).click()
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(draft.title)

    const edited = `${draft.title} 改訂`
    await page.fill('#field-title', edited)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(edited)
    expect(await visitorStatus(browser, `/case-studies/${draft.slug}`)).toBe(404)
  })
})
