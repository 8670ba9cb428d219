/**
 * Who may see what — an interviewee linked to an alumni account (docs/access.md;
 * the case-study page links the card to /members/alumni/[id]). A case study is public; the
 * alumnus behind it is not: visitors, and alumni not yet approved, get the bare id of the link
 * through REST (at any depth) and nothing of the profile through GraphQL. Approved members get
 * the profile as the directory shows it, never the staff's review note. The page itself is
 * checked in tests/e2e/visitor.spec.ts (the link asks a visitor to sign in, no address on it).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Interview } from '../../payload-types'
import { type Account, createAlumnus, createContent, INTERVIEWEE, type Viewer, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let person: Account<Alumnus>
let interview: Interview
const viewers = {} as Record<'visitor' | 'pending' | 'approved', Viewer>

/** What of the profile must not reach someone who may not read it. */
const privateBits = () => [person.doc.email, person.doc.name, person.doc.currentOrganization as string]

beforeAll(async () => {
  payload = await getTestPayload()
  person = await createAlumnus(payload)
  interview = await createContent(payload, 'interviews', 'public', {
    interviewees: [{ name: INTERVIEWEE, organization: 'Example Inc.', isAlumni: true, alumnus: person.doc.id }],
  })
  viewers.visitor = visitor()
  viewers.pending = await createAlumnus(payload, { status: 'pending' })
  viewers.approved = await createAlumnus(payload)
})

describe.each(['visitor', 'pending'] as const)('%s', (kind) => {
  it('REST: the case study names the linked profile by id only, at any depth', async () => {
    for (const depth of [0, 1, 2]) {
      const one = await viewers[kind].api.get(`/interviews/${interview.id}`, { depth })
      expect(one.status).toBe(200)
      expect((one.body.interviewees as Interview['interviewees'])[0].alumnus, `depth ${depth}`).toBe(person.doc.id)
      const list = await viewers[kind].api.get('/interviews', { where: { slug: { equals: interview.slug } }, depth })
      expect(list.body.docs).toHaveLength(1)
      for (const bit of privateBits())
        expect(JSON.stringify([one.body, list.body]), `depth ${depth}`).not.toContain(bit)
    }
  })

  it('GraphQL: nothing of the linked profile', async () => {
    const res = await viewers[kind].api.graphql(
      `{ Interview(id: ${interview.id}) { title interviewees { name alumnus { id name email currentOrganization } } } }`,
    )
    const doc = res.data?.Interview as { title: string; interviewees: { name: string; alumnus: unknown }[] }
    expect(doc.title).toBe(interview.title)
    expect(doc.interviewees[0]).toEqual({ name: INTERVIEWEE, alumnus: null })
    for (const bit of privateBits()) expect(JSON.stringify(res)).not.toContain(bit)
  })
})

describe('an approved member', () => {
  it('REST and GraphQL: the linked profile, without the staff’s review note', async () => {
    const rest = await viewers.approved.api.get(`/interviews/${interview.id}`, { depth: 1 })
    const linked = (rest.body.interviewees as { alumnus: Partial<Alumnus> }[])[0].alumnus
    expect(linked).toMatchObject({ id: person.doc.id, name: person.doc.name })
    const gql = await viewers.approved.api.graphql(
      `{ Interview(id: ${interview.id}) { interviewees { alumnus { id name } } } }`,
    )
    expect(gql.data?.Interview).toEqual({ interviewees: [{ alumnus: { id: person.doc.id, name: person.doc.name } }] })
    for (const body of [rest, gql]) expect(JSON.stringify(body)).not.toContain(person.doc.reviewMessage as string)
  })
})
