/**
 * A registration that is verified but not yet approved — what `/join` and `/verify` produce —
 * reads no members-only content and no other member, through the Local API, REST and GraphQL
 * (issue 3, item 8). Its own account it may read.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Announcement, Event } from '../../payload-types'
import type { Viewer } from '../helpers/fixtures'
import type { Mailbox } from '../helpers/mailbox'
import { joinAnswers, PASSWORD, startMembershipPayload, verifyToken } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let pending: Viewer & { id: number }
let members: { announcement: Announcement; event: Event }
let approvedId: number

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  const fixtures = await import('../helpers/fixtures')
  const { signedIn } = await import('../helpers/api')
  const { parseRegistration } = await import('../../src/join/form')
  const { registerAlumnus } = await import('../../src/join/register')
  const { verifyRegistration } = await import('../../src/join/verify')

  members = {
    announcement: await fixtures.createContent(payload, 'announcements', 'members'),
    event: await fixtures.createContent(payload, 'events', 'members'),
  }
  approvedId = (await fixtures.createAlumnus(payload)).doc.id

  const answers = joinAnswers()
  const parsed = parseRegistration(answers)
  if (!parsed.ok) throw new Error('invalid')
  await registerAlumnus(payload, parsed.data)
  const mail = await mailbox.waitFor((m) => m.to.includes(answers.email))
  expect(await verifyRegistration(payload, verifyToken(mail))).toBe('verified')
  const { user, token } = await payload.login({ collection: 'alumni', data: { email: answers.email, password: PASSWORD } })
  if (!user || !token) throw new Error('could not sign in')
  expect(user.status).toBe('pending')
  pending = { name: 'a verified, pending registration', user: { ...user, collection: 'alumni' } as Viewer['user'], api: signedIn(token), id: user.id }
})

afterAll(async () => {
  await mailbox?.close()
})

describe('a verified registration awaiting approval', () => {
  it('reads no members-only announcement or event through the Local API', async () => {
    for (const [collection, doc] of [['announcements', members.announcement], ['events', members.event]] as const) {
      const { docs } = await payload.find({ collection, where: { id: { equals: doc.id } }, overrideAccess: false, user: pending.user })
      expect(docs, collection).toHaveLength(0)
      await expect(payload.findByID({ collection, id: doc.id, overrideAccess: false, user: pending.user })).rejects.toThrow()
    }
  })

  it('reads none through REST', async () => {
    for (const [collection, doc] of [['announcements', members.announcement], ['events', members.event]] as const) {
      const list = await pending.api.get(`/${collection}`, { where: { id: { equals: doc.id } } })
      expect(list.status).toBe(200)
      expect(list.body.docs, collection).toHaveLength(0)
      expect((await pending.api.get(`/${collection}/${doc.id}`)).status).toBe(404)
    }
  })

  it('reads none through GraphQL', async () => {
    const result = await pending.api.graphql(
      `query ($a: Int!, $e: Int!) {
        Announcements(where: { id: { equals: $a } }) { docs { id } }
        Events(where: { id: { equals: $e } }) { docs { id } }
      }`,
      { a: members.announcement.id, e: members.event.id },
    )
    expect(result.data).toEqual({ Announcements: { docs: [] }, Events: { docs: [] } })
  })

  it('reads its own account and no other member', async () => {
    const own = await pending.api.get(`/alumni/${pending.id}`)
    expect(own.status).toBe(200)
    expect(own.body).toMatchObject({ id: pending.id, status: 'pending' })
    expect((await pending.api.get(`/alumni/${approvedId}`)).status).toBe(404)
    const list = await pending.api.get('/alumni', { limit: 100 })
    expect(list.body.docs?.map((d) => d.id)).toEqual([pending.id])
    const gql = await pending.api.graphql('{ Alumni(limit: 100) { docs { id } } }')
    expect(gql.data).toEqual({ Alumni: { docs: [{ id: pending.id }] } })
  })
})
