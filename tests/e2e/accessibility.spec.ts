import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { DEMO_LOGINS, SEED_SLUGS } from '../../src/seed'

import { PUBLIC_PAGES, STATUS_PAGES } from './publicPages'
import { signIn } from './signIn'

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every page a visitor or member sees, in both
 * languages. Payload's admin is its own UI and out of scope (docs/performance.md).
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const expectNoViolations = async (page: Page, path: string) => {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const report = violations.map(
    (v) => `${path}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`,
  )
  // Soft: one run lists the violations of every page, not just the first page's.
  expect.soft(report, report.join('\n')).toEqual([])
}

const visit = async (page: Page, path: string, status = 200) => {
  const res = await page.goto(path)
  expect(res?.status(), path).toBe(status)
  await expectNoViolations(page, path)
}

/** The first link on the current page whose path matches, e.g. an alumnus from the directory. */
const firstLink = async (page: Page, pattern: RegExp) => {
  const hrefs = await page.locator('main a[href]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))
  const href = hrefs.find((h) => pattern.test(h))
  expect(href, `a link matching ${pattern}`).toBeTruthy()
  return href!
}

for (const prefix of ['', '/en']) {
  const lang = prefix ? 'English' : 'Japanese'

  test(`public pages in ${lang} have no axe violations`, async ({ page }) => {
    test.setTimeout(180_000)
    for (const path of PUBLIC_PAGES) await visit(page, `${prefix}${path}`)
  })

  test(`public pages in ${lang} have landmarks, one h1 and headings that skip no level`, async ({ page }) => {
    test.setTimeout(120_000)
    for (const path of PUBLIC_PAGES) {
      await page.goto(`${prefix}${path}`)
      for (const landmark of ['banner', 'navigation', 'main', 'contentinfo'] as const) {
        expect(await page.getByRole(landmark).count(), `${path}: ${landmark}`).toBeGreaterThan(0)
      }
      // axe's heading-order is a best practice, outside the WCAG tags above: checked here.
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) =>
        els.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length).map((el) => Number(el.tagName[1])),
      )
      expect(levels.filter((level) => level === 1), `${path}: one h1`).toHaveLength(1)
      expect(levels[0], `${path}: starts with h1`).toBe(1)
      for (let i = 1; i < levels.length; i++) {
        expect(levels[i] - levels[i - 1], `${path}: h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(1)
      }
    }
  })

  test(`sign-in, join and status pages in ${lang} have no axe violations`, async ({ page }) => {
    test.setTimeout(120_000)
    for (const [path, status] of STATUS_PAGES) await visit(page, `${prefix}${path}`, status)
  })

  test(`members pages in ${lang} have no axe violations for an approved alumnus`, async ({ page }) => {
    test.setTimeout(240_000)
    await signIn(page, DEMO_LOGINS.alumnus, `${prefix}/login`)

    for (const path of [
      '/members',
      '/members/news',
      `/members/events/${SEED_SLUGS.membersEvent}`,
      '/members/opportunities/new',
      '/members/profile',
      '/members/settings',
      '/members/feedback',
    ]) {
      await visit(page, `${prefix}${path}`)
    }
    await visit(page, `${prefix}/members/directory`)
    await visit(page, await firstLink(page, /\/members\/alumni\/\d+$/))
    await visit(page, `${prefix}/members/news`)
    await visit(page, await firstLink(page, /\/members\/news\/[^/?]+$/))
    await visit(page, `${prefix}/members/opportunities`)
    await visit(page, await firstLink(page, /\/members\/opportunities\/\d+$/))
  })
}

test('keyboard focus is visible on links and buttons', async ({ page }) => {
  await page.goto(`/case-studies/${SEED_SLUGS.latestInterview}`)
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
    expect(['A', 'BUTTON', 'INPUT']).toContain(focused.tag)
    expect(focused.outline, `${focused.tag} #${i + 1}`).not.toBe('none')
    expect(focused.width).toBeGreaterThanOrEqual(2)
  }
})
