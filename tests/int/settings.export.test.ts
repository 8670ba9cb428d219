/**
 * "Download my data" (src/account/export.ts and GET /members/settings/export): a JSON file
 * with everything stored about the signed-in alumnus — account dates, profile, contact,
 * notification choices, verification answers, photo URLs, event registrations with the events'
 * titles — and nothing about anyone else; sent as a private, uncacheable attachment.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Event } from '../../payload-types'
import { GET } from '../../src/app/(frontend)/[locale]/members/settings/export/route'
import { EXPORT_FORMAT, exportMyData, type MemberExport } from '../../src/account/export'
import { uploadPhoto } from '../../src/account/photo'
import { type Account, createContent, createRegistration, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createMember, pngImage } from '../helpers/profile'

let payload: Payload
let me: Account<Alumnus>
let other: Account<Alumnus>
let publicEvent: Event
let membersEvent: Event
let exported: MemberExport

beforeAll(async () => {
  payload = await getTestPayload()
  me = await createMember(payload, {
    title: 'Head of Mine',
    bio: 'My own bio',
    skills: ['Mine'],
    contact: { email: 'me@contact.example', emailVisibility: 'members', phone: '03-1111-1111', phoneVisibility: 'staff' },
    notifications: { announcements: false, events: true, digest: true },
    privacyConsentAt: new Date('2026-01-02T03:04:05Z').toISOString(),
  })
  other = await createMember(payload, {
    title: 'Head of Theirs',
    bio: 'Their bio',
    contact: { email: 'them@contact.example', emailVisibility: 'members', phone: '03-2222-2222', phoneVisibility: 'members' },
  })
  publicEvent = await createContent(payload, 'events', 'public')
  membersEvent = await createContent(payload, 'events', 'members')
  await createRegistration(payload, publicEvent, me.doc, 'confirmed')
  await createRegistration(payload, membersEvent, me.doc, 'waitlisted')
  await createRegistration(payload, publicEvent, other.doc, 'confirmed')
  for (const account of [me, other]) await uploadPhoto(payload, account.user, { data: await pngImage(), name: 'p.png' })
  exported = await exportMyData(payload, me.user!, 'en')
})

afterAll(async () => {
  await payload.delete({ collection: 'alumni-photos', where: { owner: { in: [me.doc.id, other.doc.id] } } })
})

describe('my data export', () => {
  it('holds my account, profile, contact, notification choices and verification answers', () => {
    expect(exported).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      account: {
        id: me.doc.id,
        email: me.email,
        status: 'approved',
        emailVerified: true,
        createdAt: me.doc.createdAt,
        privacyConsentAt: '2026-01-02T03:04:05.000Z',
      },
      profile: { name: me.doc.name, nameKana: me.doc.nameKana, title: 'Head of Mine', bio: 'My own bio', skills: ['Mine'] },
      contact: { email: 'me@contact.example', emailVisibility: 'members', phone: '03-1111-1111', phoneVisibility: 'staff' },
      notifications: { announcements: false, events: true, digest: true },
      verification: me.doc.verification,
    })
    expect(exported.account.sessions.length).toBeGreaterThan(0)
  })

  it('holds my photo with absolute URLs of every size, and my registrations with the event titles', () => {
    expect(exported.photos).toHaveLength(1)
    const [photo] = exported.photos
    expect(exported.profile.photo).toBe(photo.id)
    expect(photo.url).toMatch(/^https?:\/\/.+\/api\/alumni-photos\/file\/.+\.png$/)
    expect(Object.keys(photo.sizes).sort()).toEqual(['profile', 'thumbnail'])

    const byEvent = Object.fromEntries(exported.registrations.map((r) => [r.event.id, r]))
    expect(exported.registrations).toHaveLength(2)
    expect(byEvent[publicEvent.id]).toMatchObject({ status: 'confirmed', event: { title: publicEvent.title, slug: publicEvent.slug } })
    expect(byEvent[membersEvent.id]).toMatchObject({ status: 'waitlisted', event: { title: membersEvent.title } })
  })

  it('holds every field of my document that I can read', async () => {
    const doc = await payload.findByID({ collection: 'alumni', id: me.doc.id, overrideAccess: false, user: me.user, depth: 0 })
    const sections = { ...exported.account, ...exported.profile, ...exported }
    // Left out: the collection name, the verified flag (as `emailVerified`), and groups that read
    // as `{}` because all their fields are hidden (the directory's search index).
    const isEmptyGroup = (value: unknown) => !!value && typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length
    for (const [key, value] of Object.entries(doc)) {
      if (['collection', '_verified'].includes(key) || isEmptyGroup(value)) continue
      expect(sections, key).toHaveProperty(key)
    }
  })

  it('holds nothing about anyone else, nor any password material', async () => {
    const text = JSON.stringify(exported)
    const theirs = await payload.findByID({ collection: 'alumni', id: other.doc.id, depth: 0 })
    const [theirPhoto] = (await payload.find({ collection: 'alumni-photos', where: { owner: { equals: other.doc.id } } })).docs
    const theirRegistration = (await payload.find({ collection: 'registrations', where: { alumnus: { equals: other.doc.id } } })).docs[0]
    for (const secret of [
      theirs.email,
      theirs.name,
      'Head of Theirs',
      'Their bio',
      'them@contact.example',
      '03-2222-2222',
      theirs.verification?.employeeNumber,
      theirs.verification?.note,
      theirPhoto.filename,
    ]) {
      expect(text).not.toContain(String(secret))
    }
    expect(exported.registrations.map((r) => r.id)).not.toContain(theirRegistration.id)
    for (const key of ['hash', 'salt', 'password', 'resetPasswordToken', '_verificationToken', 'loginAttempts', 'lockUntil', 'reviewMessage']) {
      expect(text).not.toContain(`"${key}"`)
    }
  })
})

describe('GET /members/settings/export', () => {
  const get = (headers: Record<string, string> = {}, locale = 'ja') =>
    GET(new Request('http://localhost:3000/members/settings/export', { headers }), { params: Promise.resolve({ locale }) })

  const tokenOf = async (email: string, password: string, collection: 'alumni' | 'users' = 'alumni') =>
    (await payload.login({ collection, data: { email, password } })).token!

  it('sends my export as a private, uncacheable JSON attachment', async () => {
    const response = await get({ Authorization: `JWT ${await tokenOf(me.email, me.password)}` }, 'en')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="enishi-my-data-\d{4}-\d{2}-\d{2}\.json"$/)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const body = (await response.json()) as MemberExport
    expect(body.account).toMatchObject({ id: me.doc.id, email: me.email })
    expect(body.registrations).toHaveLength(2)
  })

  it('sends a visitor to the settings page (which asks them to sign in), in their language', async () => {
    const response = await get()
    expect(response.status).toBe(303)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const location = response.headers.get('location')!
    expect(new URL(location, 'http://localhost:3000/members/settings/export').pathname).toBe('/members/settings')
    expect(new URL(location, 'http://localhost:3000/en/members/settings/export').pathname).toBe('/en/members/settings')
  })

  it('refuses staff accounts, which have no member data', async () => {
    const staff = await createStaff(payload, 'admin')
    const response = await get({ Authorization: `JWT ${await tokenOf(staff.email, staff.password, 'users')}` })
    expect(response.status).toBe(403)
  })
})
