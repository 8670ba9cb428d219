import { type Browser, expect, type Page, test } from '@playwright/test'

import { DEMO_LOGINS, SEED_SLUGS } from '../../src/seed'
import { openFromList } from './admin'
import { linksIn, waitForMail } from './mail'
import { signInAdmin } from './signIn'

/**
 * Membership end to end: register on /join → follow the verification link from the mail → an
 * editor approves in /admin → the person signs in, reaches /members and fills in their profile →
 * another member finds them in the directory. Visitors and
 * pending accounts are kept out of members content, which is never cached.
 */

const signInOnSite = async (page: Page, email: string, password: string) => {
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.getByRole('button', { name: 'ログイン', exact: true }).click()
}

const newPage = async (browser: Browser) => (await browser.newContext()).newPage()

test.describe('membership', () => {
  test('register, verify by mail, get approved in the admin, sign in to the members home', async ({ page, browser }) => {
    // The whole life of a membership, across the site, the mail and the admin: longer than one page's test.
    test.setTimeout(180_000)
    const stamp = Date.now()
    const email = `e2e-join-${stamp}@alumni.test`
    const password = 'kawa-no-nagare-2026'
    const name = `試験 花子${stamp % 1000}`

    // 1. Register. A first try without consent keeps everything typed and says what is missing.
    await page.goto('/join')
    await page.getByLabel('氏名（漢字）').fill(name)
    await page.getByLabel('氏名（かな）').fill('しけん はなこ')
    await page.getByLabel('メールアドレス').fill(email)
    await page.getByLabel('パスワード').fill(password)
    await page.getByLabel('入社年（西暦）').fill('2014')
    await page.getByLabel('退職年（西暦）').fill('2021')
    await page.getByLabel('最終所属部署').fill('デザイン本部')
    await page.getByLabel('現在の所属').fill('株式会社あおば')
    await page.getByRole('button', { name: '登録する' }).click()
    const consent = page.getByRole('checkbox', { name: /プライバシーポリシー/ })
    await expect(consent).toHaveAttribute('aria-invalid', 'true', { timeout: 30_000 })
    await expect(page.getByText('登録にはプライバシーポリシーへの同意が必要です。')).toBeVisible()
    await expect(page.getByLabel('氏名（漢字）')).toHaveValue(name)
    await expect(page.getByLabel('パスワード')).toHaveValue(password)
    await consent.check()
    await page.getByRole('button', { name: '登録する' }).click()
    await expect(page.getByRole('heading', { name: '確認メールをお送りしました' })).toBeVisible()

    // 2. The verification mail, to that address, with a link to /verify.
    const mail = await waitForMail((m) => m.to.includes(email) && m.subject.includes('メールアドレスの確認'))
    const verifyLink = linksIn(mail).find((href) => new URL(href).pathname === '/verify')
    expect(verifyLink).toBeTruthy()
    await page.goto(verifyLink as string)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('メールアドレスを確認しました')

    // 3. Signed in but pending: the status page, and no members content.
    await page.goto('/login')
    await signInOnSite(page, email, password)
    await page.waitForURL(/\/members$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('登録を確認しています')
    expect((await page.goto(`/news/${SEED_SLUGS.membersAnnouncement}`))?.status()).toBe(404)

    // 4. An editor finds the registration through the approval queue and approves it.
    const admin = await newPage(browser)
    await signInAdmin(admin)
    await expect(admin.getByTestId('pending-approvals-count')).toBeVisible()
    await admin.getByRole('link', { name: /Open the list|一覧を開く/ }).first().click()
    await admin.waitForURL(/\/admin\/collections\/alumni\?/)
    await openFromList(admin, admin.getByRole('link', { name, exact: true }), /\/admin\/collections\/alumni\/\d+/)
    await admin.locator('#field-status').click()
    await admin.getByRole('option', { name: /Approved|承認済み/ }).click()
    await admin.fill('#field-reviewMessage', 'ようこそ、Enishi へ。')
    await admin.getByRole('button', { name: /^(Save|保存)$/ }).click()
    await expect(admin.getByText(/successfully|正常に/).first()).toBeVisible({ timeout: 30_000 })

    // 5. The approval mail, with the message; the members home opens.
    const approval = await waitForMail((m) => m.to.includes(email) && m.subject.includes('会員登録を承認しました'))
    expect(approval.text).toContain('ようこそ、Enishi へ。')
    await page.goto('/members')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} さん、こんにちは`)
    await expect(page.getByRole('link', { name: /名簿/ }).first()).toBeVisible()

    // 6. They say what they do now on their profile.
    const organisation = `ひかり合同会社${stamp % 1000}`
    await page.goto('/members/profile')
    await page.getByLabel('現在の所属').fill(organisation)
    await page.getByLabel('役職').fill('共同創業者')
    await page.getByRole('button', { name: 'プロフィールを保存' }).click()
    await expect(page.getByText('プロフィールを保存しました。')).toBeVisible()

    // 7. Another member finds them in the directory by that organisation, with their "now".
    const other = await newPage(browser)
    await other.goto('/login')
    await signInOnSite(other, DEMO_LOGINS.alumnus.email, DEMO_LOGINS.alumnus.password)
    await other.waitForURL(/\/members$/)
    await other.goto(`/members/directory?q=${encodeURIComponent(organisation)}`)
    const found = other.getByRole('region', { name: '検索結果' }).locator('ol > li')
    await expect(found).toHaveCount(1)
    await expect(found.first()).toContainText(name)
    await expect(found.first()).toContainText('共同創業者')
    await other.getByRole('link', { name, exact: true }).click()
    await expect(other.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(other.locator('main')).toContainText(organisation)
    await expect(other.locator('main')).not.toContainText(email)

    // 8. Signing out ends the session.
    await page.goto('/logout')
    await page.getByRole('button', { name: 'ログアウトする' }).click()
    await page.waitForURL(/\/login\?notice=signed-out/)
    await page.goto('/members')
    await page.waitForURL(/\/login\?next=%2Fmembers/)
  })

  test('visitors are sent to sign in and come back; an unsafe next is ignored', async ({ page }) => {
    const response = await page.goto('/en/members')
    expect(page.url()).toMatch(/\/en\/login\?next=%2Fmembers$/)
    expect(response?.status()).toBe(200)
    await page.fill('#field-email', DEMO_LOGINS.alumnus.email)
    await page.fill('#field-password', DEMO_LOGINS.alumnus.password)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.waitForURL(/\/en\/members$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello')

    const other = await page.context().browser()!.newContext()
    const fresh = await other.newPage()
    await fresh.goto('/login?next=//evil.example/members')
    await signInOnSite(fresh, DEMO_LOGINS.alumnus.email, DEMO_LOGINS.alumnus.password)
    await fresh.waitForURL((url) => url.host === new URL(page.url()).host && url.pathname === '/members')
    await other.close()
  })

  test('a wrong password and an unknown address get the same answer', async ({ page }) => {
    await page.goto('/login')
    await signInOnSite(page, DEMO_LOGINS.alumnus.email, 'not-the-password-1')
    const alert = page.locator('#login-error')
    const message = await alert.textContent()
    expect(message).toContain('メールアドレスまたはパスワードが正しくないか')
    await page.goto('/login')
    await signInOnSite(page, `nobody-${Date.now()}@alumni.test`, 'not-the-password-1')
    await expect(alert).toHaveText(message ?? '')
    await expect(page.getByLabel('メールアドレス')).toHaveAttribute('type', 'email')
  })

  test('staff sign in on the site and land in the admin panel', async ({ page }) => {
    await page.goto('/login')
    await signInOnSite(page, DEMO_LOGINS.editor.email, DEMO_LOGINS.editor.password)
    await page.waitForURL(/\/admin(\/|$)/)
    // Signed in: the admin shows its panel, not its own sign-in form.
    await expect(page.locator('#field-password')).toHaveCount(0)
  })

  test('members pages are private and never stored; pending accounts see only their status', async ({ page }) => {
    await page.goto('/login')
    await signInOnSite(page, DEMO_LOGINS.pending.email, DEMO_LOGINS.pending.password)
    await page.waitForURL(/\/members$/)
    const pending = await page.goto('/members')
    expect(pending?.headers()['cache-control']).toMatch(/private/)
    expect(pending?.headers()['cache-control']).toMatch(/no-store/)
    await expect(page.locator('[data-status="pending"]')).toBeVisible()
    await expect(page.getByRole('link', { name: /プロフィール/ }).filter({ hasText: 'いまの仕事' })).toHaveCount(0)

    const approved = await page.context().browser()!.newContext()
    const member = await approved.newPage()
    await member.goto('/login')
    await signInOnSite(member, DEMO_LOGINS.alumnus.email, DEMO_LOGINS.alumnus.password)
    await member.waitForURL(/\/members$/)
    const home = await member.goto('/members')
    expect(home?.headers()['cache-control']).toMatch(/private/)
    expect(home?.headers()['cache-control']).toMatch(/no-store/)
    await approved.close()
  })
})
