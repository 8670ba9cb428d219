import type { Payload } from 'payload'

import { attendeeCounts } from '@/events/attendees'

const TEXT = {
  ja: {
    title: '参加者',
    confirmed: '参加確定',
    waitlisted: 'キャンセル待ち',
    cancelled: 'キャンセル',
    checkedIn: '受付済み',
    list: '参加者一覧を開く（受付もここから）',
    csv: 'CSV をダウンロード',
    unsaved: '保存後に参加者が表示されます。',
  },
  en: {
    title: 'Attendees',
    confirmed: 'Confirmed',
    waitlisted: 'Waiting list',
    cancelled: 'Cancelled',
    checkedIn: 'Checked in',
    list: 'Open the attendee list (check-in is there too)',
    csv: 'Download CSV',
    unsaved: 'Attendees appear once the event is saved.',
  },
}

/**
 * On the event's edit view: registrations by status, how many are checked in, a link to the
 * registrations list filtered to this event (where staff check people in) and the CSV export.
 * A Payload admin server component (a `ui` field).
 */
export async function EventAttendees({ payload, id, i18n }: { payload: Payload; id?: number | string; i18n?: { language?: string } }) {
  const text = i18n?.language === 'en' ? TEXT.en : TEXT.ja
  if (!id) return <p style={{ color: 'var(--theme-elevation-500)' }}>{text.unsaved}</p>
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
    <section aria-label={text.title} data-testid="event-attendees" style={{ margin: '8px 0 24px', padding: '16px 20px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h3 style={{ margin: '0 0 8px' }}>{text.title}</h3>
      <table>
        <tbody>
          {(['confirmed', 'waitlisted', 'cancelled'] as const).map((status) => (
            <tr key={status}>
              <th style={{ ...cell, textAlign: 'left', fontWeight: 500 }}>{text[status]}</th>
              <td style={cell} data-testid={`attendees-${status}`}>
                {counts[status]}
              </td>
            </tr>
          ))}
          <tr>
            <th style={{ ...cell, textAlign: 'left', fontWeight: 500 }}>{text.checkedIn}</th>
            <td style={cell} data-testid="attendees-checked-in">
              {checkedIn.totalDocs}
            </td>
          </tr>
        </tbody>
      </table>
      <p style={{ margin: '12px 0 0', display: 'flex', gap: 16 }}>
        <a href={`${admin}/collections/registrations?where[event][equals]=${eventId}&sort=registeredAt&limit=100`}>{text.list}</a>
        <a href={`${api}/events/${eventId}/attendees.csv`} download>
          {text.csv}
        </a>
      </p>
    </section>
  )
}
