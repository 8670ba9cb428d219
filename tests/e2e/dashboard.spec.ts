import { expect, test } from '@playwright/test'

import { DEMO_LOGINS } from '../../src/seed'
import { linksIn, waitForMail } from './mail'
import { signIn, signInAdmin } from './signIn'

test.describe('the network dashboard and the roster import', () => {
  test('both views are for staff: a visitor is sent to the login, an alumnus gets no numbers', async ({ page }) => {
    for (const path of ['/admin/network', '/admin/roster-import']) {
      await page.goto(path)
      await page.waitForURL(/\/admin\/login/)
      await expect(page.locator('figure[data-chart]')).toHaveCount(0)
    }
    await signIn(page, DEMO_LOGINS.alumnus)
    const answer = await page.evaluate(async () => {
      const res = await fetch('/api/dashboard', { credentials: 'include' })
      return { status: res.status, body: await res.text() }
    })
    expect(answer.status).toBe(403)
    expect(answer.body).not.toContain('registrations')
  })

  test('an editor opens the dashboard from the admin home and sees the charts', async ({ page }) => {
    await signInAdmin(page)
    await page.getByRole('link', { name: /^(ネットワークダッシュボード|Network dashboard)$/ }).click()
    await page.waitForURL(/\/admin\/network$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ネットワークダッシュボード|Network dashboard/)
    for (const id of ['registrations', 'active', 'status', 'age', 'industry', 'joined', 'left', 'events', 'repeat', 'opportunities']) {
      await expect(page.locator(`figure[data-chart="${id}"] figcaption`)).not.toBeEmpty()
    }
    // The demo network's members by status, age bands, industries and years are drawn as SVG charts.
    for (const id of ['registrations', 'status', 'age', 'industry', 'joined']) {
      await expect(page.locator(`figure[data-chart="${id}"] svg.recharts-surface[role=application]`)).toBeVisible()
    }
    await expect(page.locator('figure[data-chart="age"]')).toContainText(/30代|40代|30s|40s/)
    await expect(page.locator('figure[data-chart="status"]')).toContainText(/承認済み|Approved/)
    // The demo network is small: some industries hold fewer than five people and read "<5".
    await expect(page.locator('figure[data-chart="industry"]')).toContainText('(<5)')
    await expect(page.getByText(/^(「<5」は5人未満のため非表示|“<5”: fewer than five people, not shown)$/)).toBeVisible()
  })

  test('an editor imports a CSV with one bad row: sees the row error, the progress and the summary', async ({ page }) => {
    const stamp = Date.now().toString(36).toUpperCase()
    const csv = [
      'name,email,employeeNumber,joinedYear,leftYear,department',
      `取込 一郎,ichiro-${stamp}@alumni.example,E2E-${stamp}-1,2010,2018,開発部`,
      `取込 二郎,,E2E-${stamp}-2,2012,2011,営業部`,
      `取込 三郎,saburo-${stamp}@alumni.example,E2E-${stamp}-3,2015,,`,
    ].join('\n')
    await signInAdmin(page)
    await page.getByRole('link', { name: /^(名簿をCSVで取り込む|Import the roster from CSV)$/ }).click()
    await page.waitForURL(/\/admin\/roster-import$/)
    await page.fill('#roster-csv', csv)
    await page.getByRole('button', { name: /^(プレビュー|Preview)$/ }).click()

    await expect(page.getByTestId('roster-counts')).toHaveText(/取り込める行 2件・エラーのある行 1件|2 rows ready, 1 with errors/)
    await expect(page.locator('tr[data-line="3"] [data-testid=row-errors]')).toContainText(/退職年は入社年と同じか|The year you left cannot be before/)
    await expect(page.locator('tr[data-line="2"] [data-testid=row-errors]')).toHaveCount(0)

    await page.getByRole('button', { name: /2件を取り込む|Import 2 rows/ }).click()
    await expect(page.getByTestId('roster-summary')).toContainText(/2件を追加、1件はエラー|2 added, 1 not added/)
    await expect(page.getByTestId('roster-progress')).toHaveText(/^2 \/ 2/)
    await expect(page.locator('progress')).toHaveAttribute('value', '2')

    await page.getByRole('button', { name: /2人に招待メールを送る|invitation to the 2 people/ }).click()
    await expect(page.getByTestId('roster-invited')).toContainText(/招待メールを2件送りました|2 invitations sent/)

    await page.getByRole('link', { name: /^(名簿を開く|Open the roster)$/ }).click()
    await page.waitForURL(/\/admin\/collections\/roster/)
    await expect(page.getByText(`E2E-${stamp}-1`)).toBeVisible()

    // The invitation's link opens the registration form filled in from the roster.
    const mail = await waitForMail((m) => m.to.includes(`ichiro-${stamp}@alumni.example`.toLowerCase()))
    const join = linksIn(mail).find((href) => new URL(href).pathname === '/join')!
    await page.goto(new URL(join).pathname + new URL(join).search)
    await expect(page.locator('input[name=name]')).toHaveValue('取込 一郎')
    await expect(page.locator('input[name=employeeNumber]')).toHaveValue(`E2E-${stamp}-1`)
    await expect(page.locator('input[name=joinedYear]')).toHaveValue('2010')
    await expect(page.locator('input[name=password]')).toHaveValue('')
  })
})
