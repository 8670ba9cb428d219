import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test } from '@playwright/test'

import { ALL_SEED_SLUGS, SEED_SLUGS } from '../../src/seed'

const hidden = [SEED_SLUGS.draftAnnouncement, SEED_SLUGS.futureAnnouncement, SEED_SLUGS.membersAnnouncement, SEED_SLUGS.membersEvent, SEED_SLUGS.fullEvent]

test.describe('machine-readable pages', () => {
  test('the feed lists published case studies with absolute URLs', async ({ request, baseURL }) => {
    const response = await request.get('/feed.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('xml')
    const feed = parseFeed(await response.text())
    expect(feed.meta.type).toBe('rss')
    const links = feed.items.map((item) => item.url ?? '')
    for (const slug of ALL_SEED_SLUGS.interviews) expect(links).toContain(`${baseURL}/case-studies/${slug}`)
    for (const item of feed.items) expect(item.title).toBeTruthy()
  })

  test('the sitemap lists public pages with language alternates and nothing hidden', async ({ request, baseURL }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    expect(xml).toContain(`<loc>${baseURL}/case-studies/${SEED_SLUGS.englishInterview}</loc>`)
    expect(xml).toContain(`hreflang="en" href="${baseURL}/en/case-studies/${SEED_SLUGS.englishInterview}"`)
    expect(xml).toContain(`<loc>${baseURL}/events/${SEED_SLUGS.publicEvent}</loc>`)
    for (const slug of hidden) expect(xml).not.toContain(slug)
  })

  test('robots.txt keeps crawlers out of the admin, the members area and the API', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text()
    for (const path of ['/admin', '/members', '/api']) expect(robots).toContain(`Disallow: ${path}`)
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/)
  })

  test('pages name their canonical URL and their other language', async ({ page, baseURL }) => {
    await page.goto(`/case-studies/${SEED_SLUGS.englishInterview}`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/case-studies/${SEED_SLUGS.englishInterview}`)
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      `${baseURL}/en/case-studies/${SEED_SLUGS.englishInterview}`,
    )
  })
})
