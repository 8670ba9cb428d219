/**
 * Registration (issue 3, item 1–2): `/join`'s answers become a pending, unverified account with
 * the verification answers filled in; the verification mail reaches the right address with a
 * working `/verify` link; a second registration of an address answers the same and tells only
 * the owner.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseRegistration } from '../../src/join/form'
import { type Mailbox, linksIn } from '../helpers/mailbox'
import { joinAnswers, PASSWORD, startMembershipPayload, verifyToken } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let registerAlumnus: typeof import('../../src/join/register').registerAlumnus
let verifyRegistration: typeof import('../../src/join/verify').verifyRegistration

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  ;({ registerAlumnus } = await import('../../src/join/register'))
  ;({ verifyRegistration } = await import('../../src/join/verify'))
})

afterAll(async () => {
  await mailbox?.close()
})

/** Registers the answers as the `/join` action does. */
const register = async (answers: ReturnType<typeof joinAnswers>) => {
  const parsed = parseRegistration(answers)
  if (!parsed.ok) throw new Error(`invalid answers: ${JSON.stringify(parsed.errors)}`)
  await registerAlumnus(payload, parsed.data)
}

const findAccount = async (email: string) => {
  const { docs } = await payload.find({
    collection: 'alumni',
    where: { email: { equals: email } },
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs
}

describe('registration', () => {
  it('creates a pending, unverified account holding the answers, and mails a working verification link', async () => {
    const answers = joinAnswers({ employeeNumber: 'ｔｗ－１４０７' })
    await register(answers)

    const [account, ...others] = await findAccount(answers.email)
    expect(others).toHaveLength(0)
    expect(account).toMatchObject({
      status: 'pending',
      _verified: false,
      name: '試験 花子',
      nameKana: 'しけん はなこ',
      nameRomaji: 'Hanako Shiken',
      currentOrganization: '株式会社あおば',
      title: 'デザイナー',
      joinedYear: 2014,
      leftYear: 2021,
      departments: ['デザイン本部'],
      verification: { joinedYear: 2014, leftYear: 2021, lastDepartment: 'デザイン本部', employeeNumber: 'TW-1407' },
    })
    expect(Date.now() - Date.parse(account.privacyConsentAt ?? '')).toBeLessThan(60_000)

    const mail = await mailbox.waitFor((m) => m.to.includes(answers.email))
    expect(mail.to).toEqual([answers.email])
    expect(mail.subject).toContain('メールアドレスの確認')
    expect(mail.subject).toContain('Confirm your email address')
    expect(mail.text).toContain('試験 花子 様')
    // Japanese first, English below, each linking to its own language's page.
    const links = linksIn(mail).filter((href) => href.includes('/verify'))
    expect(links.map((href) => new URL(href).pathname)).toEqual(['/verify', '/en/verify'])
    expect(mail.html.indexOf('lang="ja"')).toBeLessThan(mail.html.indexOf('lang="en"'))

    // The account cannot sign in before the link is followed…
    await expect(payload.login({ collection: 'alumni', data: { email: answers.email, password: PASSWORD } })).rejects.toThrow()
    // …and following it verifies the address, leaving the account pending for staff.
    expect(await verifyRegistration(payload, verifyToken(mail))).toBe('verified')
    const [verified] = await findAccount(answers.email)
    expect(verified).toMatchObject({ _verified: true, status: 'pending' })
    const login = await payload.login({ collection: 'alumni', data: { email: answers.email, password: PASSWORD } })
    expect(login.token).toBeTruthy()

    // A link works once.
    expect(await verifyRegistration(payload, verifyToken(mail))).toBe('invalid')
  })

  it('refuses made-up and malformed verification tokens', async () => {
    expect(await verifyRegistration(payload, 'a'.repeat(40))).toBe('invalid')
    expect(await verifyRegistration(payload, "' or 1=1 --")).toBe('invalid')
    expect(await verifyRegistration(payload, '')).toBe('invalid')
  })

  it('lets nobody but staff set the status or the verified flag at registration', async () => {
    const answers = joinAnswers()
    const parsed = parseRegistration(answers)
    if (!parsed.ok) throw new Error('invalid answers')
    // Extra answers smuggled into the registration (a tampered form) are not stored.
    await registerAlumnus(payload, { ...parsed.data, status: 'approved', _verified: true } as never)
    const [account] = await findAccount(answers.email)
    expect(account).toMatchObject({ status: 'pending', _verified: false })
  })
})

describe('a second registration of the same address', () => {
  it('answers exactly as the first, creates nothing, and sends the unverified owner the link again', async () => {
    const answers = joinAnswers()
    await register(answers)
    const first = await mailbox.waitFor((m) => m.to.includes(answers.email))

    await expect(register({ ...answers, name: '別人 太郎', password: 'another-pass-phrase-9' })).resolves.toBeUndefined()

    const accounts = await findAccount(answers.email)
    expect(accounts).toHaveLength(1)
    expect(accounts[0].name).toBe('試験 花子')
    await expect.poll(() => mailbox.to(answers.email).length).toBe(2)
    const second = mailbox.to(answers.email)[1]
    expect(verifyToken(second)).toBe(verifyToken(first))
  })

  it('tells a verified owner that someone tried to register, with sign-in and reset links', async () => {
    const answers = joinAnswers()
    await register(answers)
    const verification = await mailbox.waitFor((m) => m.to.includes(answers.email))
    await verifyRegistration(payload, verifyToken(verification))

    await expect(register({ ...answers, email: answers.email.toUpperCase() })).resolves.toBeUndefined()

    expect(await findAccount(answers.email)).toHaveLength(1)
    const notice = await mailbox.waitFor((m) => m.to.includes(answers.email) && m !== verification)
    expect(notice.subject).toContain('会員登録のお申し込みについて')
    expect(notice.text).toContain('すでに登録されています')
    expect(notice.text).toContain('already has an account')
    const paths = linksIn(notice).map((href) => new URL(href).pathname)
    expect(paths).toEqual(expect.arrayContaining(['/login', '/en/login']))
    expect(notice.text).toContain('/forgot-password')
    expect(notice.text).not.toContain('/verify')
  })
})

describe('the password rules', () => {
  it('also hold when an alumnus changes their password through the REST API', async () => {
    const { createAlumnus } = await import('../helpers/fixtures')
    const me = await createAlumnus(payload, { status: 'approved' })
    for (const password of ['short', 'password2026!', me.email]) {
      const response = await me.api.patch(`/alumni/${me.doc.id}`, { password })
      expect(response.status, password).toBe(400)
    }
    await expect(payload.login({ collection: 'alumni', data: { email: me.email, password: me.password } })).resolves.toBeTruthy()
  })
})
