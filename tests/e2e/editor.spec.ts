import { expect, type Page, test } from '@playwright/test'

import { signInAdmin } from './signIn'

/**
 * The admin remembers collapsed array rows between documents, and a row added a moment ago may render
 * collapsed after the click on "Show All": press it until the field is there.
 */
const expandRowsUntil = async (page: Page, arrayField: string, field: string) => {
  await expect(async () => {
    await page.locator(arrayField).getByRole('button', { name: 'Show All' }).click()
    await expect(page.locator(field)).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

/** Clicks `button` until `row` is there: a click that lands before the form hydrates adds nothing. */
const addRow = async (page: Page, button: string, row: string) => {
  await expect(async () => {
    if (!(await page.locator(row).count())) await page.getByRole('button', { name: button }).click()
    await expect(page.locator(row)).toBeAttached({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

/** Fill a new interview in the admin: title, slug, lead, one interviewee, a question and an answer. */
const fillInterview = async (page: Page, { title, slug }: { title: string; slug: string }) => {
  await page.goto('/admin/collections/interviews/create')
  await page.fill('#field-title', title)
  await page.fill('#field-slug', slug)
  await page.fill('#field-lead', 'アルムナイとの協業を始めた理由を、人事担当者に聞きました。')
  await addRow(page, 'Add Interviewee', '#interviewees-row-0')
  await expandRowsUntil(page, '#field-interviewees', '#field-interviewees__0__name')
  await page.fill('#field-interviewees__0__name', '試験 太郎')
  await page.getByRole('button', { name: 'Add Body' }).click()
  await page.getByRole('button', { name: 'Question', exact: true }).click()
  await page.fill('#field-body__0__text', 'なぜアルムナイとの協業を始めたのですか?')
  await page.getByRole('button', { name: 'Add Body' }).click()
  await page.getByRole('button', { name: 'Answer', exact: true }).click()
  await expandRowsUntil(page, '#field-body', '#field-body__1__speaker')
  await page.fill('#field-body__1__speaker', '試験 太郎')
  await page.locator('#body-row-1 [contenteditable="true"]').click()
  await page.keyboard.type('退職した仲間の力を、もう一度事業に生かしたいと考えたからです。')
}

test.describe('an editor', () => {
  test('publishes an interview that readers then see, while a draft stays invisible', async ({ page }) => {
    // Two interviews are typed into the admin: more than the default minute on a busy machine.
    test.setTimeout(180_000)
    const external: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http')) external.push(url.href)
    })

    const stamp = Date.now()
    const published = { title: `公開テスト記事 ${stamp}`, slug: `published-${stamp}` }
    const draft = { title: `下書きテスト記事 ${stamp}`, slug: `draft-${stamp}` }

    await signInAdmin(page)

    await fillInterview(page, published)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText('successfully', { exact: false })).toBeVisible()

    await fillInterview(page, draft)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await expect(page.getByText('successfully', { exact: false })).toBeVisible()

    // The admin loaded nothing from outside this site (no Gravatar: it must work offline).
    expect(external).toEqual([])

    await page.goto('/case-studies')
    await expect(page.getByRole('link', { name: published.title })).toBeVisible()
    await expect(page.getByText(draft.title)).toHaveCount(0)

    await page.getByRole('link', { name: published.title }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(published.title)
    await expect(page.locator('[data-speaker="試験 太郎"]')).toContainText('退職した仲間の力を')

    expect((await page.goto(`/case-studies/${draft.slug}`))?.status()).toBe(404)
  })
  test("finds the admin in Japanese or English, following the browser's language", async ({ browser }) => {
    const expected = [
      { locale: 'ja-JP', lang: 'ja', button: 'ログイン', other: 'Login' },
      { locale: 'en-US', lang: 'en', button: 'Login', other: 'ログイン' },
    ]
    for (const { locale, lang, button, other } of expected) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto('/admin/login')
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByRole('button', { name: button, exact: true })).toBeVisible()
      await expect(page.getByRole('button', { name: other, exact: true })).toHaveCount(0)
      await context.close()
    }
  })
})
