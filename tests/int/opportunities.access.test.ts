/**
 * The collaboration board (docs/collaboration.md): staff and approved alumni post; only members
 * read; the poster closes their own with an outcome; interest is one per alumnus per opportunity
 * (unique in the database), mails the poster over real SMTP, and is read only by the interested
 * person, the poster and staff; staff hide and delete. Checked through the Local API with
 * `overrideAccess: false`, REST and GraphQL; visitors and pending alumni see nothing.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Opportunity, User } from '../../payload-types'
import type { Account, Viewer } from '../helpers/fixtures'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let fixtures: typeof import('../helpers/fixtures')
let poster: Account<Alumnus>
let other: Account<Alumnus>
let third: Account<Alumnus>
let pending: Account<Alumnus>
let editor: Account<User>
let visitor: Viewer

const post = (account: Viewer, data: Partial<Opportunity> = {}) =>
  payload.create({
    collection: 'opportunities',
    data: { title: `Need a designer ${fixtures.uniqueId()}`, kind: 'alumnusOrders', industry: 'it', description: 'Two weeks of UI work.', contact: 'poster@example.test', ...data } as Opportunity,
    overrideAccess: false,
    user: account.user,
    depth: 0,
  })

const interest = (account: Viewer, opportunity: number, message?: string) =>
  payload.create({ collection: 'opportunity-interests', data: { opportunity, message } as never, overrideAccess: false, user: account.user, depth: 0 })

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  ;[poster, other, third, pending, editor] = await Promise.all([
    fixtures.createAlumnus(payload),
    fixtures.createAlumnus(payload),
    fixtures.createAlumnus(payload),
    fixtures.createAlumnus(payload, { status: 'pending' }),
    fixtures.createStaff(payload, 'editor'),
  ])
  visitor = fixtures.visitor()
})

afterAll(async () => {
  await mailbox?.close()
})

describe('posting', () => {
  it('an approved alumnus posts; the poster is recorded as them whatever the request says', async () => {
    const doc = await post(poster, { alumnus: other.doc.id, hidden: true, status: 'open' })
    expect(doc.alumnus).toBe(poster.doc.id)
    expect(doc.hidden).toBe(false)
    expect(doc.status).toBe('open')
  })

  it('staff post as themselves', async () => {
    const doc = await post(editor, { kind: 'companyOrders' })
    expect(doc.postedByStaff).toBe(editor.doc.id)
    expect(doc.alumnus).toBeFalsy()
  })

  it('pending alumni and visitors cannot post, through the Local API, REST and GraphQL', async () => {
    await expect(post(pending)).rejects.toThrow()
    const data = { title: 'x', kind: 'investment', description: 'x', contact: 'x' }
    expect((await pending.api.post('/opportunities', data)).status).toBe(403)
    expect((await visitor.api.post('/opportunities', data)).status).toBe(403)
    for (const viewer of [visitor, pending]) {
      const gql = await viewer.api.graphql(`mutation($data: mutationOpportunityInput!) { createOpportunity(data: $data) { id } }`, { data: { ...data, status: "open" } })
      expect(gql.errors?.[0]?.extensions?.statusCode, JSON.stringify(gql.errors)).toBe(403)
    }
  })

  it('bad input is a 400 with a message, not a 500', async () => {
    const tooLong = await poster.api.post('/opportunities', { title: 'x'.repeat(200), kind: 'nope', description: '', contact: '' })
    expect(tooLong.status).toBe(400)
    const closeWithoutOutcome = await poster.api.post('/opportunities', { title: 'x', kind: 'investment', description: 'x', contact: 'x', status: 'closed' })
    expect(closeWithoutOutcome.status).toBe(400)
    expect(JSON.stringify(closeWithoutOutcome.body)).toMatch(/outcome/)
  })
})

describe('reading', () => {
  let open: Opportunity
  let hidden: Opportunity
  beforeAll(async () => {
    open = await post(poster)
    hidden = await post(other)
    await payload.update({ collection: 'opportunities', id: hidden.id, data: { hidden: true }, overrideAccess: false, user: editor.user })
  })

  it('members read opportunities with the contact; staff-hidden ones vanish for them', async () => {
    const ids = [open.id, hidden.id]
    const found = await payload.find({ collection: 'opportunities', where: { id: { in: ids } }, overrideAccess: false, user: third.user })
    expect(found.docs.map((d) => d.id)).toEqual([open.id])
    expect(found.docs[0].contact).toBe('poster@example.test')
    const rest = await third.api.get('/opportunities', { where: { id: { in: ids } } })
    expect(rest.body.docs?.map((d) => d.id)).toEqual([open.id])
    expect((await third.api.get(`/opportunities/${hidden.id}`)).status).toBe(404)
    const staff = await editor.api.get('/opportunities', { where: { id: { in: ids } } })
    expect(staff.body.totalDocs).toBe(2)
  })

  it('visitors and pending alumni read nothing: Local API, REST, GraphQL', async () => {
    for (const viewer of [visitor, pending]) {
      await expect(payload.find({ collection: 'opportunities', overrideAccess: false, user: viewer.user })).rejects.toThrow()
      expect((await viewer.api.get('/opportunities')).status).toBe(403)
      expect((await viewer.api.get(`/opportunities/${open.id}`)).status).toBe(403)
      const gql = await viewer.api.graphql(`{ Opportunities { docs { id contact } } }`)
      expect(gql.data?.Opportunities ?? null).toBeNull()
    }
  })

  it('only the poster (and staff) edit or close; closing needs an outcome; only staff hide or delete', async () => {
    expect((await third.api.patch(`/opportunities/${open.id}`, { title: 'taken over' })).status).toBe(403)
    expect((await poster.api.patch(`/opportunities/${open.id}`, { status: 'closed' })).status).toBe(400)
    const closed = await poster.api.patch(`/opportunities/${open.id}`, { status: 'closed', outcome: 'matched', hidden: true })
    expect(closed.status).toBe(200)
    expect(closed.body.doc).toMatchObject({ status: 'closed', outcome: 'matched', hidden: false })
    expect(closed.body.doc?.closedAt).toBeTruthy()
    expect((await poster.api.delete(`/opportunities/${open.id}`)).status).toBe(403)
    expect((await editor.api.delete(`/opportunities/${hidden.id}`)).status).toBe(200)
  })

  it('deleting an opportunity deletes the interests in it', async () => {
    const doomed = await post(poster)
    await interest(other, doomed.id)
    expect((await editor.api.delete(`/opportunities/${doomed.id}`)).status).toBe(200)
    expect(await payload.count({ collection: 'opportunity-interests', where: { opportunity: { equals: doomed.id } } })).toEqual({ totalDocs: 0 })
  })
})

describe('interest', () => {
  let opportunity: Opportunity

  beforeAll(async () => {
    opportunity = await post(poster, { title: `Looking for a partner ${fixtures.uniqueId()}` })
  })

  it('mails the poster, once per alumnus (a second one is refused by the unique index)', async () => {
    const doc = await interest(other, opportunity.id, 'I did this for years.')
    expect(doc.alumnus).toBe(other.doc.id)
    const mail = await mailbox.waitFor((m) => m.to.includes(poster.email) && m.text.includes(opportunity.title))
    expect(mail.text).toContain(other.doc.name)
    expect(mail.text).toContain('I did this for years.')
    expect(mail.text).toContain(`/members/opportunities/${opportunity.id}`)
    const again = await other.api.post('/opportunity-interests', { opportunity: opportunity.id })
    expect(again.status).toBe(400)
    expect(await payload.count({ collection: 'opportunity-interests', where: { opportunity: { equals: opportunity.id } } })).toEqual({ totalDocs: 1 })
  })

  it('the poster and staff see who is interested; other members only their own', async () => {
    await interest(third, opportunity.id)
    const where = { opportunity: { equals: opportunity.id } }
    const count = async (viewer: Viewer) => (await viewer.api.get('/opportunity-interests', { where })).body.totalDocs
    expect(await count(poster)).toBe(2)
    expect(await count(editor)).toBe(2)
    expect(await count(third)).toBe(1)
    expect(await count(other)).toBe(1)
    expect((await visitor.api.get('/opportunity-interests', { where })).status).toBe(403)
    const gql = await third.api.graphql(`{ OpportunityInterests(where: { opportunity: { equals: ${opportunity.id} } }) { totalDocs } }`)
    expect(gql.data?.OpportunityInterests).toEqual({ totalDocs: 1 })
    // The join on the opportunity is for staff only.
    const asMember = await third.api.get(`/opportunities/${opportunity.id}`)
    expect(asMember.body.interests).toBeUndefined()
  })

  it('no interest in one’s own, a closed, a past-deadline or a hidden opportunity; staff and pending cannot', async () => {
    expect((await poster.api.post('/opportunity-interests', { opportunity: opportunity.id })).status).toBe(400)
    const past = await post(poster, { deadline: new Date(Date.now() - 3 * 86400_000).toISOString() })
    expect((await other.api.post('/opportunity-interests', { opportunity: past.id })).status).toBe(400)
    const closed = await post(poster, { status: 'closed', outcome: 'notMatched' })
    expect((await other.api.post('/opportunity-interests', { opportunity: closed.id })).status).toBe(400)
    const hidden = await post(poster)
    await payload.update({ collection: 'opportunities', id: hidden.id, data: { hidden: true } })
    expect((await other.api.post('/opportunity-interests', { opportunity: hidden.id })).status).toBe(404)
    expect((await other.api.post('/opportunity-interests', { opportunity: 99999999 })).status).toBe(404)
    expect((await editor.api.post('/opportunity-interests', { opportunity: opportunity.id })).status).toBe(403)
    expect((await pending.api.post('/opportunity-interests', { opportunity: opportunity.id })).status).toBe(403)
  })
})
