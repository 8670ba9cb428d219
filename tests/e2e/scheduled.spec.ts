/**
 * Scheduled publishing in the production server (issue 5, items 2 and 3): a draft scheduled to
 * publish appears on every page that shows it when the time comes — no deploy, no manual step.
 * The schedule is queued as the admin's "Schedule publish" queues it (a `schedulePublish` job
 * row); the server's own job runner (once a minute, started with the server) performs it, and
 * the pages are fresh within a second of the document turning published.
 */
import { expect, test } from '@playwright/test'
import pg from 'pg'

import { DEMO_LOGINS } from '../../src/seed'
import { documentData, expectFresh, PAGES, type Shown, signIn, warm } from './fresh'

/** Queue the job in the site's database, as @payloadcms/ui's schedulePublishHandler does through Payload. */
const queueSchedulePublish = async (input: object, at: Date) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query(`INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', $2)`, [
      JSON.stringify(input),
      at.toISOString(),
    ])
  } finally {
    await client.end()
  }
}

test('a draft scheduled to publish appears everywhere at its time, by the server alone', async ({ request }) => {
  test.setTimeout(240_000)
  const token = await signIn(request)
  const headers = { Authorization: `JWT ${token}` }
  const me = (await (await request.get('/api/users/me', { headers })).json()) as { user: { id: number; email: string } }
  expect(me.user.email).toBe(DEMO_LOGINS.editor.email)

  const stamp = `${Date.now().toString(36)}sch`
  const word = `予約${stamp}`
  const doc: Shown = { slug: `scheduled-${stamp}`, title: `予約公開テスト ${word}` }
  const created = await request.post('/api/interviews?draft=true', {
    headers,
    data: { ...documentData.interviews(doc.slug, doc.title), _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id

  const pages = PAGES.interviews
  await warm(request, pages, doc, word, false)
  await queueSchedulePublish(
    { type: 'publish', doc: { relationTo: 'interviews', value: String(id) }, user: { relationTo: 'users', value: me.user.id } },
    new Date(Date.now() + 1000),
  )

  // The runner's next minute comes within 60 s, or the one after when another job of the queue
  // (another test's mail) still holds the runner at that minute; watch the document until it is published.
  let publishedAt = 0
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/interviews/${id}?depth=0`, { headers })
        const status = ((await res.json()) as { _status?: string })._status
        if (status === 'published' && !publishedAt) publishedAt = Date.now()
        return status
      },
      { timeout: 150_000, intervals: [250] },
    )
    .toBe('published')

  const took = await expectFresh(request, pages, doc, word, true, publishedAt)
  console.log(`[freshness] scheduled publish (ms after it was seen published):\n${JSON.stringify(took)}`)
  await request.delete(`/api/interviews/${id}`, { headers })
})
