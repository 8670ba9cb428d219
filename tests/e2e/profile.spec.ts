/**
 * A member's own profile and settings, in the browser: editing the profile (photo included), an
 * error shown next to a bad link with everything else kept, the saved change visible after a
 * reload, the data export downloaded, and an account deleted with the person signed out.
 *
 * Uses seeded approved alumni that no other browser test relies on (not the demo login, which
 * other tests read), so changing them leaves other tests' expectations alone.
 */
import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { DEMO_LOGINS } from '../../src/seed'
import { SPEC_ALUMNI } from '../helpers/seedAccounts'
import { signIn } from './signIn'

const { profileEditor: editor, profileLeaver: leaver } = SPEC_ALUMNI

const png = () => sharp({ create: { width: 900, height: 600, channels: 3, background: '#24407a' } }).png().toBuffer()

test.describe('a member', () => {
  test('edits their profile with a photo, fixes a bad link without retyping, and downloads their data', async ({ page }) => {
    const email = editor.email
    await signIn(page, editor)
    const response = await page.goto('/members/profile')
    expect(response?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/)
    await expect(page.getByRole('heading', { level: 1, name: 'プロフィール' })).toBeVisible()

    // A file that is not an image is refused next to the photo field.
    const photoField = page.getByLabel('画像ファイル')
    await photoField.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') })
    await page.getByRole('button', { name: '写真をアップロード' }).click()
    await expect(photoField).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#photo-error')).toHaveText('JPEG・PNG・WebP・AVIF の画像ファイルを選んでください。')

    // A real photo replaces the current one and is shown at once.
    await photoField.setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: await png() })
    await page.getByRole('button', { name: '写真をアップロード' }).click()
    await expect(page.getByText('写真を更新しました。')).toBeVisible()
    const photo = page.getByRole('img', { name: '現在のプロフィール写真' })
    await expect(photo).toHaveAttribute('src', /\/api\/alumni-photos\/file\/.+-480x480\.png$/)
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480)

    // A link without https:// is refused next to its field; everything typed stays.
    const title = `プロダクト責任者 ${Date.now()}`
    await page.getByLabel('役職').fill(title)
    await page.getByRole('textbox', { name: /^自己紹介/ }).fill('<b>太字</b>はなくなります。\n改行は残ります。')
    await page.getByLabel('リンク 3 の表示名').fill('ポートフォリオ')
    const url = page.getByLabel('リンク 3 の URL')
    await url.fill('portfolio.example.com')
    await page.getByRole('button', { name: 'プロフィールを保存' }).click()
    await expect(url).toHaveAttribute('aria-invalid', 'true')
    await expect(url).toBeFocused()
    await expect(page.locator('#field-links-2-url-error')).toHaveText('https:// または http:// で始まる URL を入力してください。')
    await expect(page.getByLabel('役職')).toHaveValue(title)
    await expect(page.getByLabel('リンク 3 の表示名')).toHaveValue('ポートフォリオ')
    await expect(url).toHaveValue('portfolio.example.com')

    await url.fill('https://portfolio.example.com')
    await page.getByRole('button', { name: 'プロフィールを保存' }).click()
    await expect(page.getByText('プロフィールを保存しました。')).toBeVisible()
    // Shown as stored: the bio as plain text.
    await expect(page.getByRole('textbox', { name: /^自己紹介/ })).toHaveValue('太字はなくなります。\n改行は残ります。')

    await page.reload()
    await expect(page.getByLabel('役職')).toHaveValue(title)
    // Links are stored without the empty rows between them, so it may have moved up a row.
    const urls = () => page.locator('input[name^="links."][name$=".url"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    await expect.poll(urls).toContain('https://portfolio.example.com')
    await expect(page.getByRole('img', { name: '現在のプロフィール写真' })).toHaveAttribute('src', /-480x480\.png$/)

    // The export holds the change, the photo and the account — and no one else.
    await page.goto('/members/settings')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'データをダウンロード（JSON）' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^enishi-my-data-\d{4}-\d{2}-\d{2}\.json$/)
    const text = await readFile((await download.path())!, 'utf8')
    const data = JSON.parse(text)
    expect(data.account.email).toBe(email)
    expect(data.profile.title).toBe(title)
    expect(data.profile.links).toContainEqual(expect.objectContaining({ label: 'ポートフォリオ', url: 'https://portfolio.example.com' }))
    expect(data.photos).toHaveLength(1)
    expect(data.verification).toBeTruthy()
    expect(text).not.toContain(DEMO_LOGINS.alumnus.email)
    expect(text).not.toContain(leaver.email)
  })

  test('sees errors in English on the English page', async ({ page }) => {
    await signIn(page, editor)
    await page.goto('/en/members/profile')
    await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
    await page.getByLabel('Link 5 address').fill('javascript:alert(1)')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await expect(page.locator('#field-links-4-url-error')).toHaveText('Please enter an address starting with https:// or http://.')
    await expect(page.locator('#field-links-4-label-error')).toHaveText('Please give the link a label.')
  })

  test('deletes their account with their password, and is signed out', async ({ page }) => {
    await signIn(page, leaver)
    await page.goto('/members/settings')
    const password = page.getByLabel('現在のパスワード')
    await password.fill('not-my-password')
    await page.getByRole('button', { name: '退会してすべてのデータを削除する' }).click()
    await expect(password).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('#field-password-error')).toHaveText('パスワードが正しくありません。')

    await password.fill(leaver.password)
    await page.getByRole('button', { name: '退会してすべてのデータを削除する' }).click()
    await page.waitForURL(/\/account-deleted$/)
    await expect(page.getByRole('heading', { level: 1, name: '退会の手続きが完了しました' })).toBeVisible()
    expect((await page.context().cookies()).some((cookie) => cookie.name === 'payload-token')).toBe(false)

    // Signed out: the members area asks to sign in, and the old password no longer works.
    await page.goto('/members/settings')
    await expect(page).toHaveURL(/\/login\?next=/)
    const login = await page.request.post('/api/alumni/login', { data: { email: leaver.email, password: leaver.password } })
    expect(login.status()).toBe(401)
  })
})
