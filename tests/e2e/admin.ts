import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Opens a document from a list in Payload's admin by clicking its link. The list navigates on the
 * client: a click that lands while the page is still hydrating is taken and goes nowhere, so the
 * link is clicked again until the document's URL is reached.
 */
export const openFromList = async (page: Page, link: Locator, documentUrl: RegExp) => {
  await expect(async () => {
    if (!documentUrl.test(page.url())) await link.click({ timeout: 5_000 })
    await page.waitForURL(documentUrl, { timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
}
