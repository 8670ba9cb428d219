/**
 * Roster in and out (issue 8, item 5): staff preview a roster CSV with errors per row, import the
 * good rows, invite the people with an address (real SMTP), and an invited person who registers
 * with that address, employee number and join year is approved at once. Staff export members as
 * CSV with chosen columns only. Alumni and visitors can do none of it.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import type { Account } from '../helpers/fixtures'
import { linksIn, type Mailbox } from '../helpers/mailbox'
import { joinAnswers, startMembershipPayload, uniqueEmail, verifyToken } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let editor: Account<User>
let alumnus: Account<Alumnus>
let fixtures: typeof import('../helpers/fixtures')
let registerAlumnus: typeof import('../../src/join/register').registerAlumnus
let verifyRegistration: typeof import('../../src/join/verify').verifyRegistration
let parseRegistration: typeof import('../../src/join/form').parseRegistration
let invitationPrefill: typeof import('../../src/roster/invitationPrefill').invitationPrefill
let createInviteToken: typeof import('../../src/roster/inviteToken').createInviteToken

type PreviewRow = { line: number; values: Record<string, string>; errors: { field: string; code: string; message: string }[] }

const thisYear = new Date().getFullYear()

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  ;({ registerAlumnus } = await import('../../src/join/register'))
  ;({ verifyRegistration } = await import('../../src/join/verify'))
  ;({ parseRegistration } = await import('../../src/join/form'))
  ;({ invitationPrefill } = await import('../../src/roster/invitationPrefill'))
  ;({ createInviteToken } = await import('../../src/roster/inviteToken'))
  editor = await fixtures.createStaff(payload, 'editor')
  alumnus = await fixtures.createAlumnus(payload)
  await payload.updateGlobal({ slug: 'membership', data: { autoApproveRosterMatches: false } })
})

afterAll(async () => {
  await mailbox?.close()
})

const number = () => `R-${randomBytes(4).toString('hex')}`.toUpperCase()

describe('preview', () => {
  it('checks every row and says what is wrong with each, by field', async () => {
    const [a, b, c] = [number(), number(), number()]
    const stored = number()
    await payload.create({ collection: 'roster', data: { name: '既存 太郎', employeeNumber: stored, joinedYear: 2001 } })
    const emailA = uniqueEmail('roster')
    const csv = [
      '氏名,メールアドレス,社員番号,入社年,退職年,部署',
      `試験 一郎,${emailA.toUpperCase()},${a.toLowerCase()},２００５,2015,営業部`, // normalised: fine
      `,x@example.test,${b},2005,2015,`, // no name
      `試験 三郎,not-an-address,${c},1899,2015,`, // bad email, bad year
      `試験 四郎,,${number()},2010,2008,`, // left before joining
      `試験 五郎,,${a},2005,,`, // same number as line 2
      `試験 六郎,,${stored},2001,,`, // already in the roster
      `試験 七郎,,${number()},${thisYear + 1},,`, // a future year
    ].join('\n')
    const res = await editor.api.post('/roster/preview', { csv })
    expect(res.status).toBe(200)
    const rows = res.body.rows as PreviewRow[]
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8])
    const codes = (line: number) => rows.find((r) => r.line === line)!.errors.map((e) => `${e.field}:${e.code}`)
    expect(codes(2)).toEqual([])
    expect(rows[0].values).toMatchObject({ email: emailA, employeeNumber: a, joinedYear: '2005' })
    expect(codes(3)).toEqual(['name:required'])
    expect(codes(4)).toEqual(['email:email', 'joinedYear:year'])
    expect(codes(5)).toEqual(['leftYear:leftBeforeJoined'])
    expect(codes(6)).toEqual(['employeeNumber:duplicateInFile'])
    expect(rows[4].errors[0].message).toMatch(/2/)
    expect(codes(7)).toEqual(['employeeNumber:alreadyInRoster'])
    expect(codes(8)).toEqual(['joinedYear:year'])
    // Nothing is stored by a preview.
    expect((await payload.count({ collection: 'roster', where: { employeeNumber: { equals: a } } })).totalDocs).toBe(0)
  })

  it('a file that is not a roster is a 400 with a message; a body that is not JSON too', async () => {
    const missing = await editor.api.post('/roster/preview', { csv: 'name,email\n試験,a@example.test' })
    expect(missing.status).toBe(400)
    expect(missing.body.message).toMatch(/employeeNumber/)
    expect((await editor.api.post('/roster/preview', { csv: '' })).status).toBe(400)
    expect((await editor.api.post('/roster/preview', { csv: 'name,employeeNumber,joinedYear\n"unclosed,1,2000' })).status).toBe(400)
    const raw = await editor.api.fetch('POST', '/roster/preview', undefined, 'not json')
    expect(raw.status).toBe(400)
    expect((await editor.api.post('/roster/import', { rows: [] })).status).toBe(400)
    expect((await editor.api.post('/roster/invite', { ids: ['x'] })).status).toBe(400)
  })
})

describe('import and invitation', () => {
  const good = { name: '招待 花子', email: uniqueEmail('invited'), employeeNumber: number(), joinedYear: '2008', leftYear: '2019', department: '開発部' }
  let importedId: number

  it('stores the good rows, reports the bad ones, and a second import of the same rows adds nothing', async () => {
    const rows = [
      { line: 2, values: good },
      { line: 3, values: { name: '無効 次郎', employeeNumber: number(), joinedYear: 'abcd' } },
    ]
    const res = await editor.api.post('/roster/import', { rows })
    expect(res.status).toBe(200)
    const results = res.body.results as { line: number; id?: number; errors: { code: string }[] }[]
    expect(results[0].id).toEqual(expect.any(Number))
    expect(results[0].errors).toEqual([])
    expect(results[1].id).toBeUndefined()
    expect(results[1].errors.map((e) => e.code)).toEqual(['year'])
    importedId = results[0].id!
    const stored = await payload.findByID({ collection: 'roster', id: importedId })
    expect(stored).toMatchObject({ name: good.name, email: good.email, employeeNumber: good.employeeNumber, joinedYear: 2008, leftYear: 2019, department: '開発部' })

    const again = await editor.api.post('/roster/import', { rows: [{ line: 2, values: good }] })
    expect((again.body.results as { errors: { code: string }[] }[])[0].errors.map((e) => e.code)).toEqual(['alreadyInRoster'])
  })

  it('invites by email with a signed /join link that fills the form in from the roster, and stamps invitedAt', async () => {
    const noEmail = await payload.create({ collection: 'roster', data: { name: '住所 なし', employeeNumber: number(), joinedYear: 2000 } })
    const res = await editor.api.post('/roster/invite', { ids: [importedId, noEmail.id] })
    expect(res.status).toBe(200)
    expect(res.body.sent).toEqual([importedId])
    expect(res.body.skipped).toEqual([{ id: noEmail.id, reason: 'noEmail' }])
    const mail = await mailbox.waitFor((m) => m.to.includes(good.email))
    expect(mail.subject).toContain('アルムナイネットワークへのご招待')
    const join = linksIn(mail).map((href) => new URL(href)).find((url) => url.pathname === '/join')!
    // The link carries a signed reference to the row, not the person's data.
    expect([...join.searchParams.keys()]).toEqual(['invite'])
    for (const personal of [good.name, good.email, good.employeeNumber]) expect(join.href).not.toContain(encodeURIComponent(personal))
    // /join fills the form in from the row; a forged or expired link fills in nothing.
    const token = join.searchParams.get('invite')!
    expect(await invitationPrefill(payload, token)).toEqual({
      name: good.name,
      email: good.email,
      employeeNumber: good.employeeNumber,
      joinedYear: '2008',
      leftYear: '2019',
      lastDepartment: '開発部',
    })
    const [id, expires, signature] = token.split('.')
    expect(await invitationPrefill(payload, `${Number(id) + 1}.${expires}.${signature}`)).toEqual({})
    expect(await invitationPrefill(payload, createInviteToken(importedId, new Date(Date.now() - 91 * 24 * 60 * 60 * 1000)))).toEqual({})
    expect(await invitationPrefill(payload, ['not', 'a', 'token'])).toEqual({})
    expect((await payload.findByID({ collection: 'roster', id: importedId })).invitedAt).toBeTruthy()
  })

  it('the invited person who registers with that address, number and year is approved on sign-up', async () => {
    const answers = joinAnswers({ email: good.email, employeeNumber: good.employeeNumber, joinedYear: '2008', leftYear: '2019' })
    const parsed = parseRegistration(answers)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    await registerAlumnus(payload, parsed.data)
    const verify = await mailbox.waitFor((m) => m.to.includes(good.email) && linksIn(m).some((l) => l.includes('/verify')))
    expect(await verifyRegistration(payload, verifyToken(verify))).toBe('approved')
    const { docs } = await payload.find({ collection: 'alumni', where: { email: { equals: good.email } }, depth: 0, overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'approved', rosterMatch: importedId })
    // Invited again once registered: skipped, no second invitation.
    const again = await editor.api.post('/roster/invite', { ids: [importedId] })
    expect(again.body.skipped).toEqual([{ id: importedId, reason: 'registered' }])
  })

  it('someone else using an invited number with another address waits for staff', async () => {
    const row = await payload.create({
      collection: 'roster',
      data: { name: '別人 注意', email: uniqueEmail('invited'), employeeNumber: number(), joinedYear: 2011 },
    })
    await editor.api.post('/roster/invite', { ids: [row.id] })
    const answers = joinAnswers({ employeeNumber: row.employeeNumber, joinedYear: '2011' })
    const parsed = parseRegistration(answers)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    await registerAlumnus(payload, parsed.data)
    const verify = await mailbox.waitFor((m) => m.to.includes(answers.email))
    expect(await verifyRegistration(payload, verifyToken(verify))).toBe('verified')
    const { docs } = await payload.find({ collection: 'alumni', where: { email: { equals: answers.email } }, depth: 0, overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'pending', rosterMatch: row.id })
  })
})

describe('who may use the roster tools and export members', () => {
  it('alumni and visitors get a 403 from preview, import, invite and the member export, and no data', async () => {
    const row = await payload.create({ collection: 'roster', data: { name: '秘密 名簿', email: uniqueEmail('secret'), employeeNumber: number(), joinedYear: 1999 } })
    const pending = await fixtures.createAlumnus(payload, { status: 'pending' })
    for (const who of [fixtures.visitor(), alumnus, pending]) {
      expect((await who.api.post('/roster/preview', { csv: 'name,employeeNumber,joinedYear\nA,1,2000' })).status, who.name).toBe(403)
      expect((await who.api.post('/roster/import', { rows: [{ line: 2, values: { name: 'X', employeeNumber: number(), joinedYear: '2000' } }] })).status, who.name).toBe(403)
      expect((await who.api.post('/roster/invite', { ids: [row.id] })).status, who.name).toBe(403)
      const csv = await who.api.fetch('GET', '/alumni/export.csv')
      expect(csv.status, who.name).toBe(403)
      expect(await csv.text(), who.name).not.toContain(alumnus.email)
      // The roster itself stays closed through REST and GraphQL.
      expect((await who.api.get('/roster')).status, who.name).toBe(403)
      const gql = await who.api.graphql('{ Rosters { docs { name email } } }')
      expect(gql.data?.Rosters ?? null, who.name).toBeNull()
    }
    expect(mailbox.to(row.email!)).toHaveLength(0)
    // The same GraphQL query answers staff, so the refusals above are about access.
    const staff = await editor.api.graphql('{ Rosters { docs { name email } } }')
    expect(staff.errors).toBeUndefined()
  })

  it('staff download members as CSV: chosen columns, no secrets, Japanese intact for Excel', async () => {
    // Pending: an approved member with a birth year would count in the dashboard test's age bands.
    const person = await fixtures.createAlumnus(payload, { name: '髙橋 書出', birthYear: 1977, status: 'pending' })
    const res = await editor.api.fetch('GET', '/alumni/export.csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="members-\d{4}-\d{2}-\d{2}\.csv"$/)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))
    const lines = text.trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'ID,ステータス / Status,氏名 / Name,ふりがな / Kana,メール / Email,社員番号 / Employee number,入社年 / Joined,退職年 / Left,所属部署 / Departments,現在の所属 / Current organisation,役職 / Title,業界 / Industry,登録日 / Registered,審査日 / Reviewed',
    )
    const line = lines.find((l) => l.startsWith(`${person.doc.id},`))!
    expect(line).toContain(`承認待ち / Pending,髙橋 書出,あるむない,${person.email},${person.doc.verification?.employeeNumber},2012,2019`)
    // No birth year: the header above has no such column, and the person's row does not carry it.
    // (Not the whole file: another fixture's random hex id may contain 1977.)
    expect(line).not.toContain('1977')
    expect(text).not.toMatch(/hash|salt|token/i)
    expect(text).not.toContain('private note')
  })
})
