import type { CollectionAfterChangeHook } from 'payload'

import { SEND_ANNOUNCEMENT_TASK } from '@/announcements/sendMailing'
import type { Announcement } from '@/payload-types'

/**
 * The first time an announcement is published, queue its email (src/announcements/mailTask.ts)
 * and return: the publish never waits for mail. The mailing row is unique per announcement, so
 * publishing again, or editing, never mails anyone a second time. A future publish date makes
 * the job wait for it. Both rows are written in the publish's own transaction: a publish that
 * fails queues nothing. The seed (context.seed) queues no mail.
 */
export const queueAnnouncementMail: CollectionAfterChangeHook<Announcement> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.seed || doc._status !== 'published') return doc
  if (operation === 'update' && previousDoc?._status === 'published') return doc
  const { payload } = req
  const existing = await payload.count({
    collection: 'announcement-mailings',
    where: { announcement: { equals: doc.id } },
    req,
  })
  if (existing.totalDocs > 0) return doc
  const mailing = await payload.create({
    collection: 'announcement-mailings',
    data: { announcement: doc.id, status: 'queued', queuedAt: new Date().toISOString() },
    depth: 0,
    req,
  })
  const publishAt = doc.publishedAt ? new Date(doc.publishedAt) : null
  await payload.jobs.queue({
    task: SEND_ANNOUNCEMENT_TASK,
    input: { mailing: mailing.id },
    waitUntil: publishAt && publishAt.getTime() > Date.now() ? publishAt : undefined,
    req,
  })
  return doc
}
