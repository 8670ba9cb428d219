/**
 * The member directory in the browser (issue 3): an approved member finds people by a two- and
 * a one-character name, opens a profile and comes back to the same search; hidden and pending
 * people are not found; photos load with the member's own session; visitors are sent to sign in
 * and pending accounts to their status page.
 */
import { expect, type Page, test } from '@playwright/test'

import { DEMO_LOGINS, SEED_SLUGS } from '../../src/seed'
import { signIn } from './signIn'

const searchForm = (page: Page) => page.getByRole('search', { name: '名簿' })
const searchBox = (page: Page) => searchForm(page).getByLabel('名前・所属・スキルで検索')
const searchFor = async (page: Page, text: string) => {
  await searchBox(page).fill(text)
  await searchForm(page).getByRole('button', { name: '検索', exact: true }).click()
  // Wait for this search's page: otherwise the next search can race the previous navigation.
  await page.waitForURL((url) => url.searchParams.get('q') === text)
}

const resultsRegion = (page: Page, name = '検索結果') => page.getByRole('region', { name })
const results = (page: Page) => resultsRegion(page).locator('ol > li')
const count = (page: Page, name?: string) => resultsRegion(page, name).getByRole('status')

test.describe('the member directory', () => {
  test('a member finds 小林 by a two-character name, opens the profile and comes back to the search', async ({ page }) => {
    await signIn(page, DEMO_LOGINS.alumnus)
    const response = await page.goto('/members/directory')
    expect(response?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/)
    await expect(page.getByRole('heading', { level: 1, name: '名簿' })).toBeVisible()

    await searchFor(page, '小林')
    // The URL is the search (no empty fields), and the count is announced.
    await expect(page).toHaveURL(/\/members\/directory\?q=%E5%B0%8F%E6%9E%97$/)
    await expect(count(page)).toHaveText('1人が見つかりました')
    await expect(results(page)).toHaveCount(1)
    await expect(results(page).first()).toContainText('フリーランス')

    await page.getByRole('link', { name: '小林 直樹' }).click()
    await expect(page).toHaveURL(/\/members\/alumni\/\d+$/)
    await expect(page.getByRole('heading', { level: 1, name: '小林 直樹' })).toBeVisible()
    await expect(page.getByText('こばやし なおき')).toBeVisible()
    // What members see — never the account email.
    await expect(page.locator('main')).not.toContainText('naoki.kobayashi@alumni.example')

    await page.goBack()
    await expect(page).toHaveURL(/\?q=%E5%B0%8F%E6%9E%97$/)
    await expect(searchBox(page)).toHaveValue('小林')
    await expect(results(page)).toHaveCount(1)
  })

  test('one character finds every name that has it; hidden and pending people are never found', async ({ page }) => {
    await signIn(page, DEMO_LOGINS.alumnus)
    await page.goto('/members/directory')
    await searchFor(page, '林')
    await expect(count(page)).toHaveText('2人が見つかりました')
    // Relevance: the name that starts with 林 first.
    await expect(results(page).nth(0)).toContainText('林 真由美')
    await expect(results(page).nth(1)).toContainText('小林 直樹')

    await searchFor(page, 'はやし')
    await expect(results(page)).toHaveCount(1)
    await searchFor(page, 'ハヤシ')
    await expect(results(page)).toHaveCount(1)

    // 後藤 is approved but hidden; 中村 is pending.
    for (const name of ['後藤', '中村']) {
      await searchFor(page, name)
      await expect(count(page)).toHaveText('該当する人はいません')
      await expect(page.getByText('条件に合う人は見つかりませんでした。')).toBeVisible()
    }
  })

  test('a profile lists the case studies its person appears in', async ({ page }) => {
    await signIn(page, DEMO_LOGINS.alumnus)
    await page.goto('/members/directory')
    await searchFor(page, '水野')
    await page.getByRole('link', { name: '水野 さやか' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '水野 さやか' })).toBeVisible()
    const featured = page.getByRole('heading', { level: 2, name: '登場した企業事例' }).locator('..')
    await expect(featured.getByRole('article')).toHaveCount(1)
    await featured.getByRole('link', { name: /最終日を"卒業式"に/ }).click()
    await expect(page).toHaveURL(`/case-studies/${SEED_SLUGS.englishInterview}`)

    // Someone who is in no interview has no such section.
    await page.goBack()
    await page.goto('/members/directory')
    await searchFor(page, '小林')
    await page.getByRole('link', { name: '小林 直樹' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '小林 直樹' })).toBeVisible()
    await expect(page.getByRole('heading', { name: '登場した企業事例' })).toHaveCount(0)
  })

  test("a member's photo loads with the member's own session", async ({ page }) => {
    await signIn(page, DEMO_LOGINS.alumnus)
    await page.goto('/members/directory?q=%E4%BD%90%E8%97%A4%E9%99%BD%E8%8F%9C')
    const photo = results(page).first().locator('img')
    await expect(photo).toHaveAttribute('src', /^\/api\/alumni-photos\/file\//)
    await photo.scrollIntoViewIfNeeded()
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  })

  test('filters and sorting live in the URL, in English too', async ({ page }) => {
    await signIn(page, DEMO_LOGINS.alumnus)
    await page.goto('/en/members/directory')
    await page.getByLabel('Industry').selectOption('it')
    await page.getByRole('checkbox', { name: 'Mentoring' }).check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/\/en\/members\/directory\?industry=it&openTo=mentoring$/)
    await expect(count(page, 'Results')).toHaveText(/\d+ (person|people) found/)
    await page.getByRole('link', { name: 'Newest members' }).click()
    await expect(page).toHaveURL(/industry=it&openTo=mentoring&sort=newest$/)
    await expect(page.getByLabel('Industry')).toHaveValue('it')
  })

  test('a visitor is sent to sign in, and comes back to the same search afterwards', async ({ page }) => {
    const next = () => new URL(page.url()).searchParams.get('next')
    await page.goto('/members/alumni/1')
    await expect(page).toHaveURL(/\/login\?/)
    expect(next()).toBe('/members/alumni/1')

    await page.goto('/members/directory?q=%E6%9E%97')
    await expect(page).toHaveURL(/\/login\?/)
    expect(next()).toBe('/members/directory?q=%E6%9E%97')
    await page.locator('input[name=email]').fill(DEMO_LOGINS.alumnus.email)
    await page.locator('input[name=password]').fill(DEMO_LOGINS.alumnus.password)
    await page.locator('input[name=password]').press('Enter')
    await expect(page).toHaveURL(/\/members\/directory\?q=%E6%9E%97$/)
    await expect(searchBox(page)).toHaveValue('林')
  })

  test('a pending account is sent to its status page', async ({ page }) => {
    await signIn(page, DEMO_LOGINS.pending)
    await page.goto('/members/directory')
    await expect(page).toHaveURL(/\/members$/)
  })
})
