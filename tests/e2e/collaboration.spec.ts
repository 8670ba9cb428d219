/**
 * The collaboration board and the members' feed in the browser (docs/collaboration.md):
 * a member posts an opportunity, another says they are interested, the poster is mailed and
 * sees who; a member posts an update, another reacts and reports it, an editor hides it in the
 * admin and it vanishes for members. Members pages are sent `private, no-store`.
 *
 * The members are seeded approved alumni no other browser test relies on.
 */
import { expect, test } from '@playwright/test'

import { DEMO_LOGINS } from '../../src/seed'
import { SPEC_ALUMNI } from '../helpers/seedAccounts'
import { openFromList } from './admin'
import { waitForMail } from './mail'
import { signIn, signInAdmin } from './signIn'

const { poster, reader } = SPEC_ALUMNI

const privateNoStore = /private.*no-store|no-store.*private/

test('a member posts an opportunity; another is interested; the poster is mailed and sees the interest', async ({ browser }) => {
  const stamp = Date.now()
  const title = `決済画面の改善を手伝ってくれる方 ${stamp}`
  const a = await browser.newPage()
  await signIn(a, poster)
  const board = await a.goto('/members/opportunities')
  expect(board?.headers()['cache-control']).toMatch(privateNoStore)
  await a.getByRole('link', { name: '募集を投稿する' }).click()
  await a.getByLabel('タイトル').fill(title)
  await a.getByLabel('種類').selectOption('alumnusOrders')
  await a.getByLabel('業界').selectOption('finance')
  await a.getByLabel('内容').fill('決済画面のUXレビューを2週間ほどお願いしたいです。')
  await a.getByLabel('連絡方法').fill('メールでご連絡ください: poster@example.test')
  await a.getByRole('button', { name: '投稿する' }).click()
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(a.getByText('まだ「興味あり」はありません。')).toBeVisible()

  // Another member finds it by its filters and says they are interested.
  const b = await browser.newPage()
  await signIn(b, reader)
  await b.goto('/members/opportunities?kind=alumnusOrders&industry=finance')
  await b.getByRole('link', { name: title }).click()
  await expect(b.getByText('poster@example.test')).toBeVisible()
  await b.getByLabel('ひとこと（任意）').fill('決済まわりの経験が5年あります。')
  await b.getByRole('button', { name: '興味あり' }).click()
  await expect(b.getByText('「興味あり」を投稿者に伝えました。')).toBeVisible()
  await expect(b.getByText('あなたは「興味あり」を伝えています。')).toBeVisible()
  // Other members do not see who is interested.
  await expect(b.getByText('興味ありの人')).toHaveCount(0)

  // The poster gets the mail and sees the interest; then closes it as matched.
  const readerName = reader.name
  const mail = await waitForMail((m) => m.to.includes(poster.email) && m.text.includes(title))
  expect(mail.text).toContain('決済まわりの経験が5年あります。')
  await a.reload()
  await expect(a.getByRole('heading', { name: '興味ありの人（1人）' })).toBeVisible()
  await expect(a.getByRole('link', { name: readerName })).toBeVisible()
  await a.getByLabel('結果').selectOption('matched')
  await a.getByRole('button', { name: '募集を終了する' }).click()
  await expect(a.getByText('この募集は終了しました（成立）。')).toBeVisible()
  // Closed: gone from the open list.
  await b.goto('/members/opportunities?kind=alumnusOrders&industry=finance')
  await expect(b.getByRole('link', { name: title })).toHaveCount(0)
})

test('a member posts an update; another reacts and reports it; an editor hides it', async ({ browser }) => {
  const text = `新しい会社を立ち上げました ${Date.now()}`
  const a = await browser.newPage()
  await signIn(a, poster)
  const home = await a.goto('/members')
  expect(home?.headers()['cache-control']).toMatch(privateNoStore)
  await a.getByPlaceholder('近況をひとこと（500字まで）').fill(text)
  await a.getByRole('button', { name: '投稿する' }).click()
  await expect(a.getByText('近況を投稿しました。')).toBeVisible()
  const post = a.locator('article', { hasText: text })
  await expect(post).toBeVisible()

  const b = await browser.newPage()
  await signIn(b, reader)
  await b.goto('/members')
  const seen = b.locator('article', { hasText: text })
  await seen.getByRole('button', { name: 'おめでとう（0）' }).click()
  await expect(b.locator('article', { hasText: text }).getByRole('button', { name: 'おめでとう（1）' })).toHaveAttribute('aria-pressed', 'true')
  await b.locator('article', { hasText: text }).getByText('通報する', { exact: true }).click()
  await b.locator('article', { hasText: text }).getByLabel('理由').selectOption('spam')
  await b.locator('article', { hasText: text }).getByRole('button', { name: 'スタッフに通報する' }).click()
  await expect(b.getByText('通報を受け付けました。スタッフが確認します。')).toBeVisible()
  await expect(b.locator('article', { hasText: text }).getByText('通報済み')).toBeVisible()

  // An editor opens the report in the admin and hides the update.
  const admin = await browser.newPage()
  await signInAdmin(admin)
  await admin.goto('/admin/collections/update-reports')
  await expect(admin.getByText(text.slice(0, 20)).first()).toBeVisible()
  await admin.goto('/admin/collections/member-updates')
  await openFromList(admin, admin.getByRole('link', { name: text }).first(), /\/admin\/collections\/member-updates\/\d+/)
  await admin.locator('#field-hidden').check()
  await admin.getByRole('button', { name: /^(Save|保存)$/ }).click()
  await expect(admin.getByText(/successfully|正常に/).first()).toBeVisible({ timeout: 30_000 })

  // Gone for members, the author included.
  await b.goto('/members')
  await expect(b.getByText(text)).toHaveCount(0)
  await a.goto('/members')
  await expect(a.getByText(text)).toHaveCount(0)
})

test('feedback reaches staff by email', async ({ browser }) => {
  const text = `名簿の検索がとても便利です ${Date.now()}`
  const page = await browser.newPage()
  await signIn(page, reader)
  const response = await page.goto('/members/feedback')
  expect(response?.headers()['cache-control']).toMatch(privateNoStore)
  await page.getByLabel('種類').selectOption('site')
  await page.getByLabel('ご意見').fill(text)
  await page.getByRole('button', { name: '送信する' }).click()
  await expect(page.getByText('ご意見ありがとうございました。運営チームが拝読します。')).toBeVisible()
  const mail = await waitForMail((m) => m.to.includes(DEMO_LOGINS.editor.email) && m.text.includes(text))
  expect(mail.subject).toContain('ご意見')
})

test('a post the server refuses says why and keeps everything typed', async ({ page }) => {
  await signIn(page, poster)
  await page.goto('/members/opportunities/new')
  const description = `長めの説明をここに書きました。消えると困ります。${Date.now()}`
  // Spaces pass the browser's "required" check; the server finds the title empty.
  await page.getByLabel('タイトル').fill('   ')
  await page.getByLabel('種類').selectOption('alumnusOrders')
  await page.getByLabel('業界').selectOption('finance')
  await page.getByLabel('内容').fill(description)
  await page.getByLabel('連絡方法').fill('poster@example.test')
  await page.getByRole('button', { name: '投稿する' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '入力内容を確認してください。' })).toBeVisible()
  await expect(page).toHaveURL(/\/members\/opportunities\/new$/)
  await expect(page.getByLabel('内容')).toHaveValue(description)
  await expect(page.getByLabel('種類')).toHaveValue('alumnusOrders')
  await expect(page.getByLabel('業界')).toHaveValue('finance')
  await expect(page.getByLabel('連絡方法')).toHaveValue('poster@example.test')
  // Corrected, it posts.
  await page.getByLabel('タイトル').fill(`通訳を探しています ${Date.now()}`)
  await page.getByRole('button', { name: '投稿する' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /通訳を探しています/ })).toBeVisible()
})

test('visitors are sent to sign in from the members’ board and feedback pages', async ({ page }) => {
  await page.goto('/members/opportunities')
  await expect(page).toHaveURL(/\/login\?next=%2Fmembers%2Fopportunities/)
  await page.goto('/members/feedback')
  await expect(page).toHaveURL(/\/login\?next=%2Fmembers%2Ffeedback/)
})
