import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test } from '@playwright/test'

import { ALL_SEED_SLUGS, SEED_SLUGS } from '../../src/seed'
import { documentData, signIn } from './fresh'

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
    expect(xml).toContain(`hreflang="ja" href="${baseURL}/case-studies/${SEED_SLUGS.englishInterview}"`)
    expect(xml).toContain(`hreflang="en" href="${baseURL}/en/case-studies/${SEED_SLUGS.englishInterview}"`)
    expect(xml).toContain(`<loc>${baseURL}/events/${SEED_SLUGS.publicEvent}</loc>`)
    for (const slug of ALL_SEED_SLUGS.companies) expect(xml).toContain(`<loc>${baseURL}/companies/${slug}</loc>`)
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
    for (const [hreflang, prefix] of [['ja', ''], ['en', '/en'], ['x-default', '']]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute(
        'href',
        `${baseURL}${prefix}/case-studies/${SEED_SLUGS.englishInterview}`,
      )
    }
    // The English page names itself canonical, with the same alternates.
    await page.goto(`/en/case-studies/${SEED_SLUGS.englishInterview}`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en/case-studies/${SEED_SLUGS.englishInterview}`)
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute('href', `${baseURL}/case-studies/${SEED_SLUGS.englishInterview}`)
  })

  test('an event page describes itself as a schema.org Event, without the online link', async ({ page, baseURL }) => {
    const eventLd = async (slug: string) => {
      await page.goto(`/events/${slug}`)
      const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
      for (const text of texts) expect(text).not.toContain('meet.example')
      const event = texts.map((text) => JSON.parse(text)).find((ld) => ld['@type'] === 'Event')
      expect(event, slug).toMatchObject({ url: `${baseURL}/events/${slug}`, name: await page.getByRole('heading', { level: 1 }).innerText() })
      expect(Date.parse(event.startDate)).toBeLessThan(Date.parse(event.endDate))
      return event
    }
    // Online only: the place is the event's own page, never the meeting link.
    const online = await eventLd(SEED_SLUGS.publicEvent)
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: `${baseURL}/events/${SEED_SLUGS.publicEvent}` })
    // On site: the venue.
    const onSite = await eventLd(SEED_SLUGS.pastPublicEvent)
    expect(onSite.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(onSite.location['@type']).toBe('Place')
    expect(onSite.location.name).toBeTruthy()
  })

  test("an editor's SEO fields become the page's title, description and sharing image", async ({ page, request, baseURL }) => {
    const headers = { Authorization: `JWT ${await signIn(request)}` }
    const slug = `seo-${Date.now().toString(36)}`
    const data = { ...documentData.interviews(slug, 'SEO 欄のない題'), _status: 'published' }
    const created = await request.post('/api/interviews', { headers, data })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id

    // Without SEO fields: the page's own title (with the site name) and lead, the drawn image.
    await page.goto(`/case-studies/${slug}`)
    await expect(page).toHaveTitle('SEO 欄のない題 | Enishi')
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'キャッシュの鮮度を確かめるための記事です。')
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/case-studies/${slug}/og-image`)

    const media = await request.get('/api/media?limit=1&depth=0', { headers })
    const image = ((await media.json()) as { docs: { id: number; url: string }[] }).docs[0]
    const meta = { title: '検索結果に出す題 — つむぎワークス', description: '検索結果に出す説明文。', image: image.id }
    expect((await request.patch(`/api/interviews/${id}`, { headers, data: { meta } })).status()).toBe(200)

    await expect(async () => {
      await page.goto(`/case-studies/${slug}`)
      await expect(page).toHaveTitle(meta.title, { timeout: 1000 })
    }).toPass({ timeout: 10_000 })
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', meta.description)
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', meta.description)
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new URL(image.url, baseURL).href)
    // The visible article is unchanged.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SEO 欄のない題')
    expect((await request.delete(`/api/interviews/${id}`, { headers })).status()).toBe(200)
  })
})
