/**
 * Notification preferences (src/account/notifications.ts): any signed-in alumnus — approved or
 * still pending — chooses which e-mails they get; the choice is stored on their own document
 * only, and nothing else about it changes. Other members never read it.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { saveNotifications } from '../../src/account/notifications'
import { createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createMember, formData } from '../helpers/profile'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('notification preferences', () => {
  it.each([
    ['an approved', 'approved'],
    ['a pending', 'pending'],
  ] as const)('%s alumnus saves their own choices', async (_who, status) => {
    const me = await createMember(payload, { status })
    const state = await saveNotifications(payload, me.user, formData({ notifications: ['events', 'digest'] }))
    expect(state).toMatchObject({ status: 'saved', values: { announcements: false, events: true, digest: true } })
    const doc = await payload.findByID({ collection: 'alumni', id: me.doc.id })
    expect(doc.notifications).toEqual({ announcements: false, events: true, digest: true })
    expect(doc.status).toBe(status)
  })

  it('ignores anything else the form carries', async () => {
    const me = await createMember(payload, { status: 'pending' })
    await saveNotifications(payload, me.user, formData({ notifications: ['announcements', 'everything'], status: 'approved', id: '1', 'verification.employeeNumber': 'X' }))
    const doc = await payload.findByID({ collection: 'alumni', id: me.doc.id })
    expect(doc).toMatchObject({ status: 'pending', verification: me.doc.verification, notifications: { announcements: true, events: false, digest: false } })
  })

  it('is refused for visitors and staff', async () => {
    const staff = await createStaff(payload, 'editor')
    for (const user of [null, staff.user]) {
      expect(await saveNotifications(payload, user, formData({ notifications: 'digest' }))).toMatchObject({ status: 'failed', formError: { key: 'notAllowed' } })
    }
  })

  it('are private: another member reads none of them', async () => {
    const me = await createMember(payload)
    const other = await createMember(payload)
    await saveNotifications(payload, me.user, formData({ notifications: 'digest' }))
    const seen = await payload.findByID({ collection: 'alumni', id: me.doc.id, overrideAccess: false, user: other.user })
    expect(seen.notifications ?? {}).toEqual({})
    const rest = await other.api.get(`/alumni/${me.doc.id}`)
    expect(rest.body.notifications ?? {}).toEqual({})
  })
})
