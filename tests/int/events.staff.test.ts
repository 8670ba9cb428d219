/**
 * Staff tools: the attendee CSV (`/api/events/:id/attendees.csv`) is for staff only — visitors
 * and alumni get a 403 and no names — and keeps Japanese names intact for Excel (UTF-8 with a
 * byte-order mark, CRLF); the counts by status match the registrations.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Event, User } from '../../payload-types'
import { attendeeCounts } from '../../src/events/attendees'
import { register } from '../../src/events/rsvp'
import { type Account, createAlumnus, createContent, createStaff, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editor: Account<User>
let event: Event
const names = ['山田 花子', '髙橋 一郎', '渡邉 さくら']

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  event = await createContent(payload, 'events', 'public', { capacity: 2 })
  for (const name of names) {
    const who = await createAlumnus(payload, { name, nameKana: 'かな' })
    await register(payload, who.user, event.id)
  }
})

describe('attendees.csv', () => {
  it('staff download it: BOM, UTF-8, CRLF, confirmed then waiting, Japanese names intact', async () => {
    const res = await editor.api.fetch('GET', `/events/${event.id}/attendees.csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="attendees-${event.slug}.csv"`)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))
    const lines = text.trimEnd().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe('ステータス / Status,氏名 / Name,ふりがな / Kana,メール / Email,申込日時 / Registered,受付 / Checked in')
    expect(lines[1]).toContain('参加確定 / Confirmed,山田 花子,かな,')
    expect(lines[2]).toContain('参加確定 / Confirmed,髙橋 一郎,')
    expect(lines[3]).toContain('キャンセル待ち / Waitlisted,渡邉 さくら,')
    expect(lines[1]).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2},$/)
  })

  it('visitors and alumni get a 403 without any names', async () => {
    const alumnus = await createAlumnus(payload)
    const pending = await createAlumnus(payload, { status: 'pending' })
    for (const who of [visitor(), alumnus, pending]) {
      const res = await who.api.fetch('GET', `/events/${event.id}/attendees.csv`)
      expect(res.status, who.name).toBe(403)
      const body = await res.text()
      for (const name of names) expect(body).not.toContain(name)
    }
  })

  it('an unknown event is a 404 for staff', async () => {
    expect((await editor.api.fetch('GET', '/events/99999999/attendees.csv')).status).toBe(404)
    expect((await editor.api.fetch('GET', '/events/abc/attendees.csv')).status).toBe(404)
  })

  it('counts registrations by status', async () => {
    expect(await attendeeCounts(payload, event.id)).toEqual({ confirmed: 2, waitlisted: 1, cancelled: 0 })
  })
})
