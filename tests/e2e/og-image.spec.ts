/**
 * Open Graph image per case study (issue 5, item 4): a 1200×630 PNG drawn with a bundled
 * Japanese font (tests/unit/og-fonts.test.ts), named by the page's og:image and Twitter card;
 * none for drafts or unknown slugs.
 */
import { expect, test } from '@playwright/test'

import { SEED_SLUGS } from '../../src/seed'

test.describe('Open Graph images', () => {
  test('a public case study has one, and its page points to it', async ({ page, request, baseURL }) => {
    await page.goto(`/case-studies/${SEED_SLUGS.latestInterview}`)
    const url = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(url).toBe(`${baseURL}/case-studies/${SEED_SLUGS.latestInterview}/og-image`)
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200')
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630')
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', url!)

    const image = await request.get(url!)
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/png')
    const png = await image.body()
    // PNG header: width and height are the first fields of the IHDR chunk.
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])

    await page.goto(`/en/case-studies/${SEED_SLUGS.englishInterview}`)
    const english = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(english).toBe(`${baseURL}/en/case-studies/${SEED_SLUGS.englishInterview}/og-image`)
    expect((await request.get(english!)).headers()['content-type']).toBe('image/png')
  })

  test('drafts and unknown slugs have none', async ({ request }) => {
    expect((await request.get('/case-studies/no-such-case-study/og-image')).status()).toBe(404)
    // A NUL byte in the path is a 404 answered before the page cache, which could not store it
    // (src/i18n/rewrites.ts): the response names no cache state.
    for (const path of ['/case-studies/%00/og-image', '/en/case-studies/%00/og-image', '/case-studies/%00', '/news/a%00b']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(404)
      expect(response.headers()['x-nextjs-cache'], path).toBeUndefined()
    }
    // A draft: see preview.spec.ts, which also checks its image stays unavailable while previewed.
  })
})
