import { expect, test } from '@playwright/test'

import { SEED_SLUGS, SEED_TITLES } from '../../src/seed'
import { INTERVIEWS } from '../../src/seed/interviews'
import { documentData, signIn } from './fresh'

test.describe('a visitor', () => {
  test('reads a case study in Japanese', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await page.getByRole('link', { name: '企業事例' }).first().click()
    await expect(page).toHaveURL(/\/case-studies$/)
    await expect(page.getByRole('heading', { level: 1, name: '企業事例' })).toBeVisible()

    await page.locator(`main article h2 a[href$="/${SEED_SLUGS.latestInterview}"]`).click()
    await expect(page).toHaveURL(new RegExp(`/case-studies/${SEED_SLUGS.latestInterview}$`))
    const article = page.locator('main article')
    await expect(article.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(article.getByRole('heading', { name: '登場する人' })).toBeVisible()

    // Questions are set apart as headings; every answer names one of the interviewees.
    const questions = article.locator('.interview-body :is(h2, h3)').filter({ hasText: '——' })
    expect(await questions.count()).toBeGreaterThanOrEqual(5)
    const people = await article.locator('#interviewees ~ ul li p.font-bold').allInnerTexts()
    const speakers = await article.locator('[data-speaker]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-speaker') ?? ''),
    )
    expect(speakers.length).toBeGreaterThanOrEqual(5)
    for (const speaker of speakers) expect(people.some((p) => p.startsWith(speaker))).toBe(true)

    // The magazine pieces: a hero image with alt text, the lead, a pull quote, captioned images
    // and a call to action.
    const hero = article.locator('img').first()
    await expect(hero).toBeVisible()
    expect(await hero.getAttribute('alt')).toBeTruthy()
    const lead = INTERVIEWS.find((interview) => interview.slug === SEED_SLUGS.latestInterview)!.ja.lead
    await expect(article.getByText(lead, { exact: true })).toBeVisible()
    await expect(article.locator('.interview-body figure blockquote').first()).toBeVisible()
    await expect(article.locator('.interview-body figure:has(img) figcaption').first()).not.toBeEmpty()
    await expect(article.locator('.interview-body aside a[href]').first()).toBeVisible()

    // Images carry alt text, and the company box links back to its case studies.
    for (const alt of await article.locator('img').evaluateAll((els) => els.map((el) => el.getAttribute('alt')))) {
      expect(alt).not.toBeNull()
    }
    await expect(article.getByRole('heading', { name: '企業について' })).toBeVisible()

    // Structured data names the interviewees and the company; related reading leads on.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
    expect(jsonLd['@type']).toBe('Article')
    expect(jsonLd.mentions.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(speakers))
    for (const person of jsonLd.mentions) expect(person['@type'], person.name).toBe('Person')
    expect(jsonLd.about).toMatchObject({ '@type': 'Organization', name: '株式会社カザミ精工' })
    const related = page.getByRole('region', { name: 'あわせて読みたい' })
    await expect(related.locator('article').first()).toBeVisible()
    await expect(related.locator(`a[href$="/${SEED_SLUGS.latestInterview}"]`)).toHaveCount(0)
  })

  test('reads the same case study in English', async ({ page }) => {
    await page.goto(`/en/case-studies/${SEED_SLUGS.englishInterview}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES.englishInterview)
    await expect(page.getByText('This article is available in Japanese only.')).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'In this interview' })).toBeVisible()

    // The language switch leads to the Japanese version of the same page.
    await page.getByRole('link', { name: 'Language: 日本語' }).click()
    await expect(page).toHaveURL(new RegExp(`/case-studies/${SEED_SLUGS.englishInterview}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(SEED_TITLES.englishInterview)
  })

  test('gets the Japanese text, marked as such, where no English exists', async ({ page }) => {
    await page.goto(`/case-studies/${SEED_SLUGS.latestInterview}`)
    const title = await page.getByRole('heading', { level: 1 }).innerText()
    const firstAnswer = (await page.locator('[data-speaker]').first().textContent()) ?? ''

    await page.goto(`/en/case-studies/${SEED_SLUGS.latestInterview}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByText('This article is available in Japanese only.')).toBeVisible()
    await expect(page.locator('main > article')).toHaveAttribute('lang', 'ja')
    // The content falls back to Japanese (the page around it stays English).
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.locator('[data-speaker]').first()).toHaveText(firstAnswer)
    await expect(page.getByRole('link', { name: 'Language: 日本語' })).toBeVisible()
  })

  test("follows an interviewee's card to their member profile, which asks a visitor to sign in", async ({ page }) => {
    await page.goto(`/case-studies/${SEED_SLUGS.englishInterview}`)
    const cards = page.getByRole('region', { name: '登場する人' })
    const link = cards.getByRole('link', { name: '会員ページのプロフィール' })
    await expect(link).toHaveCount(1)
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/members\/alumni\/\d+$/)
    // The card carries the profile's id and nothing of the account: no address on the page.
    expect(await (await page.request.get(`/case-studies/${SEED_SLUGS.englishInterview}`)).text()).not.toContain('@alumni.example')
    await link.click()
    await expect(page).toHaveURL(`/login?next=${encodeURIComponent(href!)}`)

    await page.goto(`/en/case-studies/${SEED_SLUGS.englishInterview}`)
    await expect(page.getByRole('region', { name: 'In this interview' }).getByRole('link', { name: 'Member profile' })).toHaveAttribute(
      'href',
      `/en${href}`,
    )
  })

  test('filters case studies by company and pages through lists', async ({ page }) => {
    await page.goto(`/case-studies?company=${SEED_SLUGS.company}`)
    const cards = page.locator('main article')
    expect(await cards.count()).toBeGreaterThan(0)
    await expect(page.locator('nav a[aria-current="page"]')).toHaveAttribute('href', `/case-studies?company=${SEED_SLUGS.company}`)
  })

  test("opens a company's page from a case study: who they are, their alumni network, every case study about them", async ({ page, baseURL }) => {
    await page.goto(`/case-studies/${SEED_SLUGS.latestInterview}`)
    await page.getByRole('complementary').getByRole('link', { name: '株式会社カザミ精工', exact: true }).click()
    await expect(page).toHaveURL(`/companies/${SEED_SLUGS.company}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('株式会社カザミ精工')
    await expect(page.getByText(/^1961年創業、長野県諏訪地域/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'アルムナイネットワークに登録する' })).toHaveAttribute('href', 'https://kazami-seiko.example/alumni')
    const section = page.getByRole('region', { name: /この企業の事例/ })
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('この企業の事例（2件）')
    await expect(section.getByRole('article')).toHaveCount(2)
    await expect(section.getByRole('link', { name: /./ }).first()).toHaveAttribute('href', /^\/case-studies\//)
    const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text))
    expect(ld).toContainEqual(expect.objectContaining({ '@type': 'Organization', name: '株式会社カザミ精工', url: 'https://kazami-seiko.example' }))

    await page.goto(`/en/companies/${SEED_SLUGS.company}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kazami Seiko Co., Ltd.')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en/companies/${SEED_SLUGS.company}`)
    expect((await page.goto('/companies/no-such-company'))?.status()).toBe(404)
  })

  test('reads on in case studies of the same company or sharing a tag, and only those', async ({ page, request }) => {
    const headers = { Authorization: `JWT ${await signIn(request)}` }
    const stamp = Date.now().toString(36)
    const created: string[] = []
    const make = async (collection: string, data: Record<string, unknown>) => {
      const response = await request.post(`/api/${collection}`, { headers, data })
      expect(response.status(), JSON.stringify(data)).toBe(201)
      const { id } = ((await response.json()) as { doc: { id: number } }).doc
      created.unshift(`/api/${collection}/${id}`)
      return id
    }
    const [north, south] = [await make('companies', { name: `北の会社 ${stamp}`, slug: `north-${stamp}` }), await make('companies', { name: `南の会社 ${stamp}`, slug: `south-${stamp}` })]
    const story = async (name: string, extra: Record<string, unknown>, status = 'published') => {
      const slug = `related-${name}-${stamp}`
      await make('interviews', { ...documentData.interviews(slug, `関連記事 ${name} ${stamp}`), ...extra, _status: status })
      return slug
    }
    const tag = `tag-${stamp}`
    const start = await story('start', { company: north, tags: [tag] })
    const sameCompany = await story('same-company', { company: north })
    const sharedTag = await story('shared-tag', { company: south, tags: [tag] })
    const unrelated = await story('unrelated', { company: south, tags: [`other-${stamp}`] })
    await story('draft', { company: north, tags: [tag] }, 'draft')

    const relatedOn = async (slug: string) => {
      await page.goto(`/case-studies/${slug}`)
      const links = page.getByRole('region', { name: 'あわせて読みたい' }).locator('article a[href^="/case-studies/"]')
      return [...new Set(await links.evaluateAll((els) => els.map((el) => el.getAttribute('href'))))].sort()
    }
    // The draft shares both company and tag with the first one, and is never listed.
    expect(await relatedOn(start)).toEqual([`/case-studies/${sameCompany}`, `/case-studies/${sharedTag}`].sort())
    expect(await relatedOn(unrelated)).toEqual([`/case-studies/${sharedTag}`])
    expect(await relatedOn(sharedTag)).toEqual([`/case-studies/${start}`, `/case-studies/${unrelated}`].sort())

    for (const path of created) expect((await request.delete(path, { headers })).status(), path).toBe(200)
  })

  test('gets a real 404 for unknown pages', async ({ page }) => {
    for (const path of ['/case-studies/no-such-story', '/en/news/no-such-news', '/no-such-page']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
    }
    await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible()
  })

  test('never sees drafts, future-dated or members-only documents', async ({ page }) => {
    await page.goto('/news')
    const news = page.locator('main')
    await expect(news.getByRole('heading', { level: 1, name: 'お知らせ' })).toBeVisible()
    expect(await news.locator('li').count()).toBeGreaterThan(0)
    for (const title of [SEED_TITLES.draftAnnouncement, SEED_TITLES.futureAnnouncement, SEED_TITLES.membersAnnouncement]) {
      await expect(news.getByText(title)).toHaveCount(0)
    }
    for (const slug of [SEED_SLUGS.draftAnnouncement, SEED_SLUGS.futureAnnouncement, SEED_SLUGS.membersAnnouncement]) {
      expect((await page.goto(`/news/${slug}`))?.status(), slug).toBe(404)
    }

    await page.goto('/events')
    await expect(page.getByText(SEED_TITLES.membersEvent)).toHaveCount(0)
    expect((await page.goto(`/events/${SEED_SLUGS.membersEvent}`))?.status()).toBe(404)
    expect((await page.goto(`/events/${SEED_SLUGS.publicEvent}`))?.status()).toBe(200)

    await page.goto('/')
    for (const title of Object.values(SEED_TITLES).filter((t) => t !== SEED_TITLES.englishInterview)) {
      await expect(page.getByText(title)).toHaveCount(0)
    }
  })
})
