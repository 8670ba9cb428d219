/**
 * Scheduled publishing (issue 5, item 2): a document set to publish at a future time appears
 * then, with no deploy and no manual step.
 * - Payload's scheduled publish (what the admin's "Schedule publish" queues): a `schedulePublish`
 *   job that the job runner performs once its time has come — not before.
 * - A published document with a future publish date: hidden by the read rule until that moment,
 *   then visible without any write.
 * - The job runner runs inside the app server (autoRun every minute) unless switched off.
 * What readers see is checked as a visitor: REST without a token and the Local API with access.
 */
import config from '@payload-config'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { anonymous } from '../helpers/api'
import { type Account, createContent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import type { User } from '../../payload-types'

let payload: Payload
let editor: Account<User>

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
})

const sleepUntil = async (time: number) => {
  const wait = time - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50))
}

/** Whether a visitor finds the interview, through REST and through the Local API. */
const visitorSees = async (slug: string) => {
  const rest = await anonymous().get('/interviews', { where: { slug: { equals: slug } } })
  const local = await payload.find({ collection: 'interviews', where: { slug: { equals: slug } }, overrideAccess: false, user: null })
  expect(rest.body.totalDocs).toBe(local.totalDocs)
  return local.totalDocs === 1
}

/** What the admin's schedule drawer queues (@payloadcms/ui schedulePublishHandler). */
const schedule = (type: 'publish' | 'unpublish', id: number, at: Date) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: { type, doc: { relationTo: 'interviews', value: id }, user: { relationTo: 'users', value: editor.doc.id } },
  })

const runJob = (id: number | string) => payload.jobs.run({ where: { id: { equals: id } } })

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, not before', async () => {
    const draft = await createContent(payload, 'interviews', 'draft')
    const at = Date.now() + 1500
    const job = await schedule('publish', draft.id, new Date(at))

    await runJob(job.id)
    expect(await visitorSees(draft.slug)).toBe(false)

    await sleepUntil(at)
    await runJob(job.id)
    expect(await visitorSees(draft.slug)).toBe(true)
    const published = await payload.findByID({ collection: 'interviews', id: draft.id })
    expect(published._status).toBe('published')
    expect(Date.parse(published.publishedAt!)).toBeGreaterThanOrEqual(at - 1000)

    // Done: a completed job is removed from the queue.
    expect((await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).totalDocs).toBe(0)
  })

  it('unpublishes a published document when its time comes', async () => {
    const doc = await createContent(payload, 'interviews', 'public')
    const at = Date.now() + 1000
    const job = await schedule('unpublish', doc.id, new Date(at))
    await runJob(job.id)
    expect(await visitorSees(doc.slug)).toBe(true)

    await sleepUntil(at)
    await runJob(job.id)
    expect(await visitorSees(doc.slug)).toBe(false)
  })

  it('shows a document with a future publish date from that moment on, with no write', async () => {
    const at = Date.now() + 1500
    const doc = await createContent(payload, 'interviews', 'public', { publishedAt: new Date(at).toISOString() })
    expect(await visitorSees(doc.slug)).toBe(false)
    await sleepUntil(at)
    expect(await visitorSees(doc.slug)).toBe(true)
  })

  it('runs the job queue inside the app server every minute, unless ENISHI_JOBS=off', async () => {
    const { jobs } = await config
    expect(jobs.autoRun).toEqual([expect.objectContaining({ cron: '* * * * *', queue: 'default' })])
    const saved = process.env.ENISHI_JOBS
    try {
      delete process.env.ENISHI_JOBS
      expect(await jobs.shouldAutoRun?.(payload)).toBe(true)
      process.env.ENISHI_JOBS = 'off'
      expect(await jobs.shouldAutoRun?.(payload)).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.ENISHI_JOBS
      else process.env.ENISHI_JOBS = saved
    }
  })
})
