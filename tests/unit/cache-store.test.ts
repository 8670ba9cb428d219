/**
 * The server's cache store (src/cache/handler.mjs, docs/deploy.md#caching): what Next keeps is
 * found again, an expired tag drops every page and data entry under it and nothing else, the
 * memory budget evicts the entry used longest ago, and with Redis an expiry in one server process
 * reaches the others.
 */
import { afterEach, describe, expect, it } from 'vitest'

import EnishiCacheHandler, { cacheStore, createStore } from '../../src/cache/handler.mjs'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'

const page = (html: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(html),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
})
const data = (body: string) => ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 60 })

type Store = ReturnType<typeof createStore>
const stores: Store[] = []
const store = (options?: Parameters<typeof createStore>[0]) => {
  const made = createStore({ redisUrl: '', ...options })
  stores.push(made)
  return made
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((made) => made.close()))
})

describe('cache store', () => {
  it('gives back what was kept, with when it was kept', () => {
    const memory = store()
    const before = Date.now()
    memory.set('/ja/case-studies/a', page('<p>a</p>', ['interviews']), { cacheControl: { revalidate: 60 } })
    const kept = memory.get('/ja/case-studies/a')
    expect(kept?.value.html).toBe('<p>a</p>')
    expect(kept?.lastModified).toBeGreaterThanOrEqual(before)
    expect(kept?.cacheControl).toEqual({ revalidate: 60 })
    expect(memory.get('/ja/case-studies/b')).toBeNull()
  })

  it('an expired tag drops the pages and data under it, and only those', () => {
    const memory = store()
    memory.set('/ja/case-studies/a', page('a', ['interviews', 'companies']), {})
    memory.set('/ja/news', page('news', ['announcements']), {})
    memory.set('interviews:list', data('[1]'), { fetchCache: true, tags: ['interviews'] })
    memory.set('events:list', data('[2]'), { fetchCache: true, tags: ['events'] })
    memory.forgetTags(['interviews'])
    expect(memory.get('/ja/case-studies/a')).toBeNull()
    expect(memory.get('interviews:list')).toBeNull()
    expect(memory.get('/ja/news')).not.toBeNull()
    expect(memory.get('events:list')).not.toBeNull()
  })

  it('keeps a "not found" answer as such', () => {
    const memory = store()
    memory.set('/ja/case-studies/gone', null, {})
    expect(memory.get('/ja/case-studies/gone')).toMatchObject({ value: null })
  })

  it('past its budget, forgets the entry used longest ago', () => {
    const memory = store({ budgetBytes: 8_000 })
    memory.set('/a', page('a'.repeat(400), []), {})
    memory.set('/b', page('b'.repeat(400), []), {})
    memory.get('/a') // used again: /b is now the oldest
    for (let i = 0; i < 8; i++) memory.set(`/c${i}`, page('c'.repeat(400), []), {})
    expect(memory.bytes()).toBeLessThanOrEqual(8_000)
    expect(memory.get('/b')).toBeNull()
    expect(memory.get('/c7')).not.toBeNull()
    // An entry larger than an eighth of the budget is not kept at all.
    memory.set('/huge', page('h'.repeat(2_000), []), {})
    expect(memory.get('/huge')).toBeNull()
  })

  it('Next reaches the process store through the handler it loads', async () => {
    const handler = new EnishiCacheHandler()
    await handler.set('/ja/events', page('events', ['events']), {})
    expect((await handler.get('/ja/events'))?.value.html).toBe('events')
    await handler.revalidateTag('events')
    expect(await handler.get('/ja/events')).toBeNull()
    expect(cacheStore()).toBe(cacheStore())
  })

  it('with Redis, an expiry in one server process is heard by the others', async () => {
    const [one, two, three] = [store({ redisUrl: REDIS_URL }), store({ redisUrl: REDIS_URL }), store({ redisUrl: REDIS_URL })]
    await Promise.all([one, two, three].map((memory) => memory.listening()))
    for (const memory of [one, two, three]) {
      memory.set('/ja/news', page('news', ['announcements']), {})
      memory.set('/ja/events', page('events', ['events']), {})
    }
    one.forgetTags(['announcements'])
    expect(one.get('/ja/news')).toBeNull()
    await expect.poll(() => [two.get('/ja/news'), three.get('/ja/news')], { timeout: 3_000 }).toEqual([null, null])
    expect(two.get('/ja/events')).not.toBeNull()
    expect(three.get('/ja/events')).not.toBeNull()
  })
})
