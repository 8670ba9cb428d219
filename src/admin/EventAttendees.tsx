import type { Payload } from 'payload'

import { attendeeCounts } from '@/events/attendees'
import { adminLocale, translator } from '@/i18n/translator'

/**
 * On the event's edit view: registrations by status, how many are checked in, a link to the
 * registrations list filtered to this event (where staff check people in) and the CSV export.
 * A Payload admin server component (a `ui` field).
 */
export async function EventAttendees({ payload, id, i18n }: { payload: Payload; id?: number | string; i18n?: { language?: string } }) {
  const t = translator(adminLocale(i18n), 'eventAttendees')
  if (!id) return <p style={{ color: 'var(--theme-elevation-500)' }}>{t('unsaved')}</p>
  const eventId = Number(id)
  const [counts, checkedIn] = await Promise.all([
    attendeeCounts(payload, eventId),
    payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { checkedInAt: { exists: true } }] },
      overrideAccess: true,
    }),
  ])
  const admin = payload.config.routes.admin
  const api = payload.config.routes.api
  const cell = { padding: '4px 16px 4px 0' }
  return (
    <section aria-label={t('title')} data-testid="event-attendees" style={{ margin: '8px 0 24px', padding: '16px 20px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h3 style={{ margin: '0 0 8px' }}>{t('title')}</h3>
      <table>
        <tbody>
          {(['confirmed', 'waitlisted', 'cancelled'] as const).map((status) => (
            <tr key={status}>
              <th style={{ ...cell, textAlign: 'left', fontWeight: 500 }}>{t(status)}</th>
              <td style={cell} data-testid={`attendees-${status}`}>
                {counts[status]}
              </td>
            </tr>
          ))}
          <tr>
            <th style={{ ...cell, textAlign: 'left', fontWeight: 500 }}>{t('checkedIn')}</th>
            <td style={cell} data-testid="attendees-checked-in">
              {checkedIn.totalDocs}
            </td>
          </tr>
        </tbody>
      </table>
      <p style={{ margin: '12px 0 0', display: 'flex', gap: 16 }}>
        <a href={`${admin}/collections/registrations?where[event][equals]=${eventId}&sort=registeredAt&limit=100`}>{t('list')}</a>
        <a href={`${api}/events/${eventId}/attendees.csv`} download>
          {t('csv')}
        </a>
      </p>
    </section>
  )
}
