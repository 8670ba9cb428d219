/**
 * Approval (issue 3, item 2): staff approve or reject verified registrations one by one or in
 * bulk (the admin's bulk edit is a REST PATCH with a `where`), with an optional message; the
 * person is mailed either way and `reviewedAt` is set. Roster matches are approved on
 * verification only while an admin has automatic approval on.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import type { Account } from '../helpers/fixtures'
import { linksIn, type Mailbox } from '../helpers/mailbox'
import { joinAnswers, startMembershipPayload, verifyToken } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let editor: Account<User>
let fixtures: typeof import('../helpers/fixtures')
let registerAlumnus: typeof import('../../src/join/register').registerAlumnus
let verifyRegistration: typeof import('../../src/join/verify').verifyRegistration
let parseRegistration: typeof import('../../src/join/form').parseRegistration

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  ;({ registerAlumnus } = await import('../../src/join/register'))
  ;({ verifyRegistration } = await import('../../src/join/verify'))
  ;({ parseRegistration } = await import('../../src/join/form'))
  editor = await fixtures.createStaff(payload, 'editor')
})

const setAutoApprove = (on: boolean) =>
  payload.updateGlobal({ slug: 'membership', data: { autoApproveRosterMatches: on } })

afterAll(async () => {
  await setAutoApprove(false)
  await mailbox?.close()
})

/** Registers through the same code as `/join` and follows the mailed link: a verified, pending account. */
const registerAndVerify = async (overrides: Parameters<typeof joinAnswers>[0] = {}) => {
  const answers = joinAnswers(overrides)
  const parsed = parseRegistration(answers)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  await registerAlumnus(payload, parsed.data)
  const mail = await mailbox.waitFor((m) => m.to.includes(answers.email))
  const result = await verifyRegistration(payload, verifyToken(mail))
  const { docs } = await payload.find({ collection: 'alumni', where: { email: { equals: answers.email } }, depth: 0, overrideAccess: true })
  return { alumnus: docs[0] as Alumnus, email: answers.email, result }
}

const mailsTo = (email: string, subject: string) => mailbox.to(email).filter((m) => m.subject.includes(subject))

describe('staff review', () => {
  it('approving one registration mails the person with the message and a sign-in link, and stamps reviewedAt', async () => {
    const { alumnus, email } = await registerAndVerify()
    const response = await editor.api.patch(`/alumni/${alumnus.id}`, {
      status: 'approved',
      reviewMessage: 'ようこそ。デザイン本部の皆さんもお待ちしています。',
    })
    expect(response.status).toBe(200)

    const mail = await mailbox.waitFor((m) => m.to.includes(email) && m.subject.includes('会員登録を承認しました'))
    expect(mail.subject).toContain('Your registration is approved')
    expect(mail.text).toContain('ようこそ。デザイン本部の皆さんもお待ちしています。')
    expect(linksIn(mail).map((href) => new URL(href).pathname)).toEqual(expect.arrayContaining(['/login', '/en/login']))

    const after = await payload.findByID({ collection: 'alumni', id: alumnus.id, overrideAccess: true })
    expect(after.status).toBe('approved')
    expect(Date.now() - Date.parse(after.reviewedAt ?? '')).toBeLessThan(60_000)

    // Saving again without a change of status sends nothing more.
    await editor.api.patch(`/alumni/${alumnus.id}`, { title: 'アートディレクター' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailsTo(email, '承認')).toHaveLength(1)
  })

  it('rejecting mails the reason and the contact address, without a sign-in link', async () => {
    const { alumnus, email } = await registerAndVerify()
    await editor.api.patch(`/alumni/${alumnus.id}`, { status: 'rejected', reviewMessage: '在籍期間を確認できませんでした。' })
    const mail = await mailbox.waitFor((m) => m.to.includes(email) && m.subject.includes('審査結果'))
    expect(mail.subject).toContain('About your registration')
    expect(mail.text).toContain('在籍期間を確認できませんでした。')
    expect(mail.text).toContain('alumni@enishi.example')
    expect(linksIn(mail).filter((href) => href.includes('/login'))).toEqual([])
    const after = await payload.findByID({ collection: 'alumni', id: alumnus.id, overrideAccess: true })
    expect(after).toMatchObject({ status: 'rejected' })
    expect(after.reviewedAt).toBeTruthy()
  })

  it('bulk approval (the admin list’s “Edit” on a selection) approves and mails each person', async () => {
    const people = await Promise.all([registerAndVerify(), registerAndVerify(), registerAndVerify()])
    const ids = people.map((p) => p.alumnus.id)
    const response = await editor.api.patch('/alumni', { status: 'approved', reviewMessage: 'まとめて承認しました。' }, { where: { id: { in: ids } } })
    expect(response.status).toBe(200)
    expect(response.body.docs).toHaveLength(3)
    for (const { email } of people) {
      const mail = await mailbox.waitFor((m) => m.to.includes(email) && m.subject.includes('承認しました'))
      expect(mail.text).toContain('まとめて承認しました。')
    }
    const { docs } = await payload.find({ collection: 'alumni', where: { id: { in: ids } }, overrideAccess: true })
    expect(docs.map((d) => d.status)).toEqual(['approved', 'approved', 'approved'])
  })

  it('an alumnus cannot approve themselves', async () => {
    const { alumnus, email } = await registerAndVerify()
    const { token } = await payload.login({ collection: 'alumni', data: { email, password: 'kawa-no-nagare-2026' } })
    const { signedIn } = await import('../helpers/api')
    await signedIn(token ?? '').patch(`/alumni/${alumnus.id}`, { status: 'approved', reviewMessage: 'me' })
    const after = await payload.findByID({ collection: 'alumni', id: alumnus.id, overrideAccess: true })
    expect(after).toMatchObject({ status: 'pending' })
    expect(after.reviewMessage ?? null).toBeNull()
    expect(mailsTo(email, '承認')).toHaveLength(0)
  })
})

describe('automatic approval of roster matches', () => {
  const rosterRow = async () => {
    const number = `TW-${fixtures.uniqueId()}`.toUpperCase()
    const row = await payload.create({
      collection: 'roster',
      data: { name: '試験 花子', employeeNumber: number, joinedYear: 2014, leftYear: 2021, department: 'デザイン本部' },
    })
    return { row, number }
  }

  beforeEach(() => setAutoApprove(false))

  it('when on, approves a verified registration whose employee number and join year match, and mails the approval', async () => {
    await setAutoApprove(true)
    const { row, number } = await rosterRow()
    // Typed in lower case and full width: normalised before the comparison.
    const typed = number.toLowerCase().replace(/[0-9a-z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    const { alumnus, email, result } = await registerAndVerify({ employeeNumber: typed, joinedYear: '2014' })
    expect(result).toBe('approved')
    expect(alumnus).toMatchObject({ status: 'approved', rosterMatch: row.id })
    expect(alumnus.reviewedAt).toBeTruthy()
    await mailbox.waitFor((m) => m.to.includes(email) && m.subject.includes('会員登録を承認しました'))
  })

  it('when on, leaves a registration pending if the join year differs or the row is already taken', async () => {
    await setAutoApprove(true)
    const { number } = await rosterRow()
    const wrongYear = await registerAndVerify({ employeeNumber: number, joinedYear: '2015' })
    expect(wrongYear.result).toBe('verified')
    expect(wrongYear.alumnus).toMatchObject({ status: 'pending' })
    expect(wrongYear.alumnus.rosterMatch ?? null).toBeNull()

    const first = await registerAndVerify({ employeeNumber: number, joinedYear: '2014' })
    expect(first.alumnus.status).toBe('approved')
    const second = await registerAndVerify({ employeeNumber: number, joinedYear: '2014' })
    expect(second.result).toBe('verified')
    expect(second.alumnus).toMatchObject({ status: 'pending' })
  })

  it('when off, records the match for reviewers but leaves the decision to staff', async () => {
    const { row, number } = await rosterRow()
    const { alumnus, email, result } = await registerAndVerify({ employeeNumber: number, joinedYear: '2014' })
    expect(result).toBe('verified')
    expect(alumnus).toMatchObject({ status: 'pending', rosterMatch: row.id })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailsTo(email, '承認')).toHaveLength(0)
  })

  it('only admins may turn it on', async () => {
    const response = await editor.api.post('/globals/membership', { autoApproveRosterMatches: true })
    const settings = await payload.findGlobal({ slug: 'membership' })
    expect(settings.autoApproveRosterMatches, `editor got ${response.status}`).toBe(false)
  })
})
