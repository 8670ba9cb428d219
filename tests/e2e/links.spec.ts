import { expect, test } from '@playwright/test'
import { LinkChecker, LinkState } from 'linkinator'

import { LANGUAGES } from './publicPages'

/**
 * linkinator crawls the public site from both home pages, following every link on this host
 * (pages, the language switch, pagination, feeds, files) and checks each one answers: no broken
 * links. Other hosts are skipped (the tests run offline), and so are Next's resized images, each
 * an image encode that the page specs already load (tests/e2e/lean-pages.spec.ts).
 */
test('no broken links on the public pages, in both languages', async ({ baseURL }) => {
  test.setTimeout(600_000)
  const origin = new URL(baseURL!).origin
  const result = await new LinkChecker().check({
    path: LANGUAGES.map(({ prefix }) => `${origin}${prefix || '/'}`),
    recurse: true,
    concurrency: 4,
    timeout: 60_000,
    retry: true,
    redirects: 'allow',
    linksToSkip: async (link) => {
      const url = new URL(link)
      return url.origin !== origin || url.pathname.startsWith('/_next/image')
    },
  })
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status} ${link.url} (on ${link.parent})`)
  const pages = new Set(result.links.map((link) => link.parent)).size
  console.log(`[links] ${result.links.length} links on ${pages} pages checked, ${broken.length} broken`)
  expect(broken, broken.join('\n')).toEqual([])
})
