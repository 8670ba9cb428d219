/**
 * The privacy choices on the profile form decide what other people read — through the Local
 * API (overrideAccess: false), REST and GraphQL alike: each contact detail is shown to other
 * approved members only when its owner chose "members"; "hide my profile" takes the person out
 * of everything another member can list or open. Staff always see both.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import { saveProfile } from '../../src/account/profile'
import type { ProfileValues } from '../../src/account/profileInput'
import { type Account, createStaff, type Viewer } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createMember, profileForm } from '../helpers/profile'

let payload: Payload
let owner: Account<Alumnus>
let member: Account<Alumnus>
let pending: Account<Alumnus>
let staff: Account<User>

const EMAIL = 'reach-me@owner.example'
const PHONE = '03-1234-5678'

beforeAll(async () => {
  payload = await getTestPayload()
  owner = await createMember(payload)
  member = await createMember(payload)
  pending = await createMember(payload, { status: 'pending' })
  staff = await createStaff(payload, 'editor')
})

const choose = async (changes: Partial<ProfileValues>) => {
  const doc = await payload.findByID({ collection: 'alumni', id: owner.doc.id })
  const state = await saveProfile(payload, owner.user, profileForm(doc, { contactEmail: EMAIL, contactPhone: PHONE, ...changes }))
  expect(state.status).toBe('saved')
}

type Contact = { email: string | null; phone: string | null }

/** The owner's contact details as `who` reads them through each channel; null for the profile means "not found". */
const readContact = async (who: Viewer) => {
  const local = await payload
    .findByID({ collection: 'alumni', id: owner.doc.id, overrideAccess: false, user: who.user, depth: 0 })
    .then((doc) => ({ email: doc.contact?.email ?? null, phone: doc.contact?.phone ?? null }))
    .catch(() => null)
  const rest = await who.api.get(`/alumni/${owner.doc.id}`, { depth: 0 })
  const restContact = rest.status === 200 ? (rest.body.contact as Partial<Contact> | undefined) : null
  const gql = await who.api.graphql(`{ Alumnus(id: ${owner.doc.id}) { contact { email phone } } }`)
  const gqlContact = (gql.data?.Alumnus as { contact?: Partial<Contact> } | null | undefined)?.contact
  const shape = (contact: Partial<Contact> | null | undefined) =>
    contact === null ? null : { email: contact?.email ?? null, phone: contact?.phone ?? null }
  return { local, rest: shape(restContact), graphql: gql.data?.Alumnus ? shape(gqlContact) : null }
}

const everywhere = (value: Contact | null) => ({ local: value, rest: value, graphql: value })

describe('contact visibility', () => {
  it('"members" shows a detail to other approved members; "staff only" keeps it from them', async () => {
    await choose({ contactEmailVisibility: 'members', contactPhoneVisibility: 'staff' })
    expect(await readContact(member)).toEqual(everywhere({ email: EMAIL, phone: null }))

    await choose({ contactEmailVisibility: 'staff', contactPhoneVisibility: 'members' })
    expect(await readContact(member)).toEqual(everywhere({ email: null, phone: PHONE }))

    await choose({ contactEmailVisibility: 'staff', contactPhoneVisibility: 'staff' })
    expect(await readContact(member)).toEqual(everywhere({ email: null, phone: null }))
  })

  it('staff and the owner always see both; a pending account sees neither, nor the profile', async () => {
    await choose({ contactEmailVisibility: 'members', contactPhoneVisibility: 'staff' })
    expect(await readContact(staff)).toEqual(everywhere({ email: EMAIL, phone: PHONE }))
    expect(await readContact(owner)).toEqual(everywhere({ email: EMAIL, phone: PHONE }))
    expect(await readContact(pending)).toEqual(everywhere(null))
  })
})

describe('hiding the profile from the directory', () => {
  const listed = async (who: Viewer) => {
    const where = { id: { equals: owner.doc.id } }
    const local = await payload.find({ collection: 'alumni', where, overrideAccess: false, user: who.user, depth: 0 })
    const rest = await who.api.get('/alumni', { where, depth: 0 })
    const gql = await who.api.graphql(`{ Alumni(where: { id: { equals: ${owner.doc.id} } }) { docs { id } } }`)
    return {
      local: local.totalDocs,
      rest: rest.body.totalDocs,
      graphql: (gql.data?.Alumni as { docs: unknown[] }).docs.length,
    }
  }

  it('takes the person out of what other members can list, and puts them back', async () => {
    await choose({ hiddenFromDirectory: true })
    expect(await listed(member)).toEqual({ local: 0, rest: 0, graphql: 0 })
    expect(await listed(staff)).toEqual({ local: 1, rest: 1, graphql: 1 })
    expect(await listed(owner)).toEqual({ local: 1, rest: 1, graphql: 1 })

    await choose({ hiddenFromDirectory: false })
    expect(await listed(member)).toEqual({ local: 1, rest: 1, graphql: 1 })
  })
})
