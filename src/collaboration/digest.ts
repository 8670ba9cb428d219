import type { Payload, TaskConfig } from 'payload'

import { UNSUBSCRIBE_PATH } from '@/announcements/urls'
import { digestEmail } from '@/email/templates/collaborationMail'
import { absoluteUrl } from '@/lib/site'
import { createUnsubscribeToken } from '@/account/unsubscribeToken'
import type { Alumnus } from '@/payload-types'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000
const MAX_ITEMS = 30

/**
 * The weekly digest: the past week's visible member updates, to approved alumni who opted in
 * (`notifications.digest`), each with their own unsubscribe link. Nothing is sent in a week
 * without updates. Returns how many mails went out.
 */
export const sendWeeklyDigest = async (payload: Payload, now = new Date()): Promise<number> => {
  const since = new Date(now.getTime() - WEEK_MS).toISOString()
  const updates = await payload.find({
    collection: 'member-updates',
    where: { and: [{ hidden: { not_equals: true } }, { createdAt: { greater_than: since } }, { createdAt: { less_than_equal: now.toISOString() } }] },
    sort: '-createdAt',
    limit: MAX_ITEMS,
    depth: 1,
    select: { body: true, link: true, author: true },
    populate: { alumni: { name: true } },
  })
  if (!updates.docs.length) return 0
  const items = updates.docs.map((doc) => ({
    author: typeof doc.author === 'object' && doc.author ? (doc.author as Pick<Alumnus, 'name'>).name : '',
    body: doc.body,
    link: doc.link,
  }))
  const recipients = await payload.find({
    collection: 'alumni',
    where: { and: [{ status: { equals: 'approved' } }, { 'notifications.digest': { equals: true } }] },
    pagination: false,
    depth: 0,
    select: { email: true, name: true },
  })
  let sent = 0
  for (const person of recipients.docs) {
    const token = createUnsubscribeToken('digest', person.id)
    const mail = digestEmail({
      name: person.name,
      items,
      unsubscribeUrl: (locale) => `${absoluteUrl(UNSUBSCRIBE_PATH, locale)}?${new URLSearchParams({ token })}`,
    })
    const unsubscribe = `${absoluteUrl(UNSUBSCRIBE_PATH, 'ja')}?${new URLSearchParams({ token })}`
    try {
      await payload.sendEmail({
        to: person.email,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      })
      sent++
    } catch (err) {
      payload.logger.error({ err, msg: `weekly digest to alumnus ${person.id} failed` })
    }
  }
  return sent
}

/** Mondays 00:00 UTC (09:00 in Japan). */
export const weeklyDigestTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'weeklyDigest',
  label: 'Member updates: weekly digest',
  schedule: [{ cron: '0 0 0 * * 1', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await sendWeeklyDigest(req.payload) } }),
}
