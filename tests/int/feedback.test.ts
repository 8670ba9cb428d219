/**
 * Feedback to the network team (docs/collaboration.md): the form-builder plugin's `forms` and
 * `form-submissions`. The "feedback" form exists without seeding; members read it and submit;
 * required fields and unknown fields are checked; submissions are read by staff only and mailed
 * to every staff account over real SMTP; visitors and pending alumni can do none of it.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Form, User } from '../../payload-types'
import type { Account, Viewer } from '../helpers/fixtures'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let fixtures: typeof import('../helpers/fixtures')
let actions: typeof import('../../src/collaboration/memberActions')
let member: Account<Alumnus>
let pending: Account<Alumnus>
let editor: Account<User>
let visitor: Viewer
let form: Form

const answers = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(`field:${k}`, v)
  return data
}

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  actions = await import('../../src/collaboration/memberActions')
  ;[member, pending, editor] = await Promise.all([
    fixtures.createAlumnus(payload),
    fixtures.createAlumnus(payload, { status: 'pending' }),
    fixtures.createStaff(payload, 'editor'),
  ])
  visitor = fixtures.visitor()
  // Made by the migrations, not by the tests or a page.
  form = (await payload.find({ collection: 'forms', where: { key: { equals: 'feedback' } }, depth: 0 })).docs[0]
})

afterAll(async () => {
  await mailbox?.close()
})

describe('the feedback form', () => {
  it('exists once, from the migrations, in Japanese and English', async () => {
    const { ensureFeedbackForm } = await import('../../src/collaboration/feedbackForm')
    expect(form).toBeDefined()
    expect((await ensureFeedbackForm(payload)).id).toBe(form.id)
    expect((await payload.count({ collection: 'forms', where: { key: { equals: 'feedback' } } })).totalDocs).toBe(1)
    const en = await member.api.get(`/forms/${form.id}`, { locale: 'en' })
    expect(en.status).toBe(200)
    expect(en.body.title).toBe('Feedback to the network team')
    expect((await visitor.api.get(`/forms/${form.id}`)).status).toBe(403)
    expect((await pending.api.get(`/forms/${form.id}`)).status).toBe(403)
    expect((await member.api.patch(`/forms/${form.id}`, { title: 'mine now' })).status).toBe(403)
  })

  it('a member’s submission is stored with who sent it and mailed to staff', async () => {
    const text = `The event page could show the venue map ${fixtures.uniqueId()}`
    const outcome = await actions.sendFeedback(payload, member.user, answers({ topic: 'events', message: text }))
    expect(outcome.ok).toBe(true)
    const id = (outcome as { id: number }).id
    const stored = await payload.findByID({ collection: 'form-submissions', id, depth: 0 })
    expect(stored.submittedBy).toBe(member.doc.id)
    expect(stored.submissionData).toEqual([
      expect.objectContaining({ field: 'topic', value: 'events' }),
      expect.objectContaining({ field: 'message', value: text }),
    ])
    const mail = await mailbox.waitFor((m) => m.to.includes(editor.email) && m.text.includes(text))
    expect(mail.text).toContain(member.doc.name)
    expect(mail.text).toContain(`/admin/collections/form-submissions/${id}`)
  })

  it('submissions are read by staff only: REST and GraphQL', async () => {
    expect((await editor.api.get('/form-submissions')).body.totalDocs).toBeGreaterThan(0)
    for (const viewer of [member, pending, visitor]) {
      expect((await viewer.api.get('/form-submissions')).status).toBe(403)
      const gql = await viewer.api.graphql(`{ FormSubmissions { docs { id } } }`)
      expect(gql.data?.FormSubmissions ?? null).toBeNull()
    }
  })

  it('missing required answers and unknown fields are a 400; visitors and pending alumni cannot submit', async () => {
    expect(await actions.sendFeedback(payload, member.user, answers({ topic: 'site' }))).toMatchObject({ ok: false, problem: 'invalid' })
    const unknown = await member.api.post('/form-submissions', {
      form: form.id,
      submissionData: [
        { field: 'topic', value: 'site' },
        { field: 'message', value: 'ok' },
        { field: 'salary', value: 'x' },
      ],
    })
    expect(unknown.status).toBe(400)
    const body = { form: form.id, submissionData: [{ field: 'topic', value: 'site' }, { field: 'message', value: 'hello' }] }
    expect((await visitor.api.post('/form-submissions', body)).status).toBe(403)
    expect((await pending.api.post('/form-submissions', body)).status).toBe(403)
    expect(await actions.sendFeedback(payload, pending.user, answers({ topic: 'site', message: 'x' }))).toEqual({ ok: false, problem: 'notAllowed' })
    expect((await member.api.post('/form-submissions', { ...body, form: 99999999 })).status).toBe(404)
  })
})
