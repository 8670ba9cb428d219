/**
 * The events' background work, run by Payload's jobs queue (payload.config.ts `jobs`):
 * - `eventPromotionEmail`: tells a person moved up from the waiting list. Queued by the RSVP
 *   module inside the transaction that promoted them and run right after it commits; if the
 *   send fails the job is retried.
 * - `eventReminders`: every 15 minutes, mails confirmed attendees of events that start within
 *   the next 24 hours. Each registration is claimed (`reminderSentAt` set where it was empty)
 *   before its mail goes out, so two runs, or two servers, never send one person two reminders.
 * Reminders go to everyone confirmed, whatever their `notifications.events` choice: they are
 * about a place the person asked for, not news (docs/events.md).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, TaskConfig } from 'payload'

import { eventEmail, type MailEvent } from '@/email/templates/eventMail'
import type { Alumnus, Event } from '@/payload-types'

/** How long before the start a reminder goes out. */
export const REMINDER_WINDOW_MS = 24 * 60 * 60 * 1000

const loadMailEvent = async (payload: Payload, id: number): Promise<MailEvent> => {
  const select = { title: true, slug: true, audience: true, startsAt: true, startsAt_tz: true, endsAt: true, venue: true } as const
  const [ja, en] = await Promise.all(
    (['ja', 'en'] as const).map((locale) => payload.findByID({ collection: 'events', id, locale, depth: 0, select })),
  )
  return { ja: ja as MailEvent['ja'], en: en as MailEvent['en'] }
}

const send = async (payload: Payload, kind: 'promoted' | 'reminder', eventId: number, alumnus: Pick<Alumnus, 'email' | 'name'>) => {
  const mail = eventEmail(kind, await loadMailEvent(payload, eventId), alumnus.name)
  await payload.sendEmail({ to: alumnus.email, subject: mail.subject, html: mail.html, text: mail.text })
}

export const eventPromotionEmailTask: TaskConfig<{ input: { registration: number }; output: object }> = {
  slug: 'eventPromotionEmail',
  label: 'Event: moved up from the waiting list',
  retries: 3,
  inputSchema: [{ name: 'registration', type: 'number', required: true }],
  handler: async ({ input, req }) => {
    const reg = await req.payload.findByID({ collection: 'registrations', id: input.registration, depth: 1, req })
    const alumnus = reg.alumnus as Alumnus
    // Cancelled again before the mail went out: nothing to announce.
    if (reg.status === 'confirmed') await send(req.payload, 'promoted', (reg.event as Event).id, alumnus)
    return { output: {} }
  },
}

/** Sends the reminders due now; returns how many went out. */
export const sendDueReminders = async (payload: Payload, now = new Date()): Promise<number> => {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const until = new Date(now.getTime() + REMINDER_WINDOW_MS)
  const due = (await db.execute(sql`
    SELECT r.id, r.event_id, a.email, a.name
      FROM registrations r
      JOIN events e ON e.id = r.event_id
      JOIN alumni a ON a.id = r.alumnus_id
     WHERE r.status = 'confirmed' AND r.reminder_sent_at IS NULL
       AND e._status = 'published' AND e.starts_at > ${now.toISOString()} AND e.starts_at <= ${until.toISOString()}
       AND a.status = 'approved'
     ORDER BY e.starts_at, r.id`)) as unknown as { rows: { id: number; event_id: number; email: string; name: string }[] }
  let sent = 0
  for (const row of due.rows) {
    // Claim first: only the run whose UPDATE changed the row sends.
    const claim = (await db.execute(
      sql`UPDATE registrations SET reminder_sent_at = now() WHERE id = ${row.id} AND reminder_sent_at IS NULL AND status = 'confirmed' RETURNING id`,
    )) as unknown as { rows: unknown[] }
    if (!claim.rows.length) continue
    try {
      await send(payload, 'reminder', row.event_id, row)
      sent++
    } catch (err) {
      // Not sent: release the claim so the next run tries again.
      await db.execute(sql`UPDATE registrations SET reminder_sent_at = NULL WHERE id = ${row.id}`)
      payload.logger.error({ err, msg: `event reminder for registration ${row.id} failed` })
    }
  }
  return sent
}

export const eventRemindersTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'eventReminders',
  label: 'Event: reminders the day before',
  schedule: [{ cron: '0 */15 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({ output: { sent: await sendDueReminders(req.payload) } }),
}
