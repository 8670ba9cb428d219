/**
 * The events' background work, run by Payload's jobs queue (payload.config.ts `jobs`):
 * - `eventPromotionEmail`: tells a person moved up from the waiting list. Queued by the RSVP
 *   module inside the transaction that promoted them and run right after it commits; if the
 *   send fails the job is retried.
 * - `eventReminders`: every 15 minutes, mails confirmed attendees of events that start within
 *   the next 24 hours. Each registration is claimed (`reminderSentAt` set where it was empty)
 *   before its mail goes out, so two runs, or two servers, never send one person two reminders.
 *   A run's reminders share one SMTP connection, and each event is read once per run.
 * Reminders go to everyone confirmed, whatever their `notifications.events` choice: they are
 * about a place the person asked for, not news (docs/events.md).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, TaskConfig } from 'payload'

import { type MailSession, openMailSession } from '@/email/adapter'
import { eventEmail, type MailEvent } from '@/email/templates/eventMail'
import { eventPath } from '@/events/links'
import { routing } from '@/i18n/routing'
import { formatEventRange } from '@/lib/format'
import { absoluteUrl } from '@/lib/site'
import type { Alumnus, Event } from '@/payload-types'

/** How long before the start a reminder goes out. */
export const REMINDER_WINDOW_MS = 24 * 60 * 60 * 1000

/** The event in both languages as the mail shows it: times in the event's zone, its page's URL. */
const loadMailEvent = async (payload: Payload, id: number): Promise<MailEvent> => {
  const select = { title: true, slug: true, audience: true, startsAt: true, startsAt_tz: true, endsAt: true, venue: true } as const
  const [ja, en] = await Promise.all(
    routing.locales.map(async (locale) => {
      const doc = (await payload.findByID({ collection: 'events', id, locale, depth: 0, select })) as Pick<
        Event,
        keyof typeof select
      >
      return {
        title: doc.title,
        when: formatEventRange(doc.startsAt, doc.endsAt, locale, doc.startsAt_tz || 'Asia/Tokyo'),
        where: [doc.venue?.name, doc.venue?.address].filter(Boolean).join(' ') || undefined,
        url: absoluteUrl(eventPath(doc), locale),
      }
    }),
  )
  return { ja, en }
}

const mailOf = (kind: 'promoted' | 'reminder', event: MailEvent, alumnus: Pick<Alumnus, 'email' | 'name'>) => {
  const { subject, html, text } = eventEmail(kind, event, alumnus.name)
  return { to: alumnus.email, subject, html, text }
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
    if (reg.status === 'confirmed') {
      await req.payload.sendEmail(mailOf('promoted', await loadMailEvent(req.payload, (reg.event as Event).id), alumnus))
    }
    return { output: {} }
  },
}

type DueReminder = { id: number; event_id: number; email: string; name: string }

/** Claims one registration's reminder and sends it; 1 if it went out. */
const remind = async (payload: Payload, mail: MailSession, row: DueReminder, eventOf: (id: number) => Promise<MailEvent>) => {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  // Claim first: only the run whose UPDATE changed the row sends.
  const claim = (await db.execute(
    sql`UPDATE registrations SET reminder_sent_at = now() WHERE id = ${row.id} AND reminder_sent_at IS NULL AND status = 'confirmed' RETURNING id`,
  )) as unknown as { rows: unknown[] }
  if (!claim.rows.length) return 0
  try {
    await mail.send(mailOf('reminder', await eventOf(row.event_id), row))
    return 1
  } catch (err) {
    // Not sent: release the claim so the next run tries again.
    await db.execute(sql`UPDATE registrations SET reminder_sent_at = NULL WHERE id = ${row.id}`)
    payload.logger.error({ err, msg: `event reminder for registration ${row.id} failed` })
    return 0
  }
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
     ORDER BY e.starts_at, r.id`)) as unknown as { rows: DueReminder[] }
  if (!due.rows.length) return 0
  const mail = openMailSession(payload)
  const events = new Map<number, Promise<MailEvent>>()
  const eventOf = (id: number) => events.get(id) ?? events.set(id, loadMailEvent(payload, id)).get(id)!
  let sent = 0
  try {
    for (const row of due.rows) sent += await remind(payload, mail, row, eventOf)
  } finally {
    mail.close()
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
