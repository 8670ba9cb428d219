/**
 * Sign-in (issue 3, item 3): the answers never tell whether an address is registered; Payload
 * locks an account after 5 failures and the lock reads like a wrong password; the forgot-
 * password mail links to `/reset-password`, and a reset lifts the lock.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, User } from '../../payload-types'
import type { Account } from '../helpers/fixtures'
import { linksIn, type Mailbox } from '../helpers/mailbox'
import { joinAnswers, PASSWORD, startMembershipPayload, uniqueEmail } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let fixtures: typeof import('../helpers/fixtures')
let signIn: typeof import('../../src/auth/signIn').signIn
let findResetRecipient: typeof import('../../src/auth/resetPassword').findResetRecipient

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  ;({ signIn } = await import('../../src/auth/signIn'))
  ;({ findResetRecipient } = await import('../../src/auth/resetPassword'))
})

afterAll(async () => {
  await mailbox?.close()
})

/** What the `/login` action does, with the Local API login in place of the cookie-setting one. */
const attempt = (email: string, password: string) =>
  signIn((collection) => payload.login({ collection, data: { email, password } }))

describe('signing in', () => {
  let alumnus: Account<Alumnus>

  beforeAll(async () => {
    alumnus = await fixtures.createAlumnus(payload)
  })

  it('lets an alumnus in with the right password', async () => {
    expect(await attempt(alumnus.email, alumnus.password)).toEqual({ ok: true, collection: 'alumni' })
    expect(await attempt(alumnus.email.toUpperCase(), alumnus.password)).toEqual({ ok: true, collection: 'alumni' })
  })

  it('lets staff in too, as staff', async () => {
    const editor: Account<User> = await fixtures.createStaff(payload, 'editor')
    expect(await attempt(editor.email, editor.password)).toEqual({ ok: true, collection: 'users' })
  })

  it('answers an unknown address exactly like a wrong password', async () => {
    const unknown = await attempt(uniqueEmail('nobody'), 'some-password-123')
    const wrong = await attempt(alumnus.email, 'some-password-123')
    expect(unknown).toEqual({ ok: false, reason: 'invalid' })
    expect(wrong).toEqual(unknown)
  })

  it('says "not verified" only to someone who knows the password', async () => {
    const account = await payload.create({
      collection: 'alumni',
      disableVerificationEmail: true,
      data: { email: uniqueEmail('unverified'), password: PASSWORD, name: '未確認 太郎', nameKana: 'みかくにん たろう', status: 'pending' },
    })
    expect(await attempt(account.email, 'not-the-password-1')).toEqual({ ok: false, reason: 'invalid' })
    expect(await attempt(account.email, PASSWORD)).toEqual({ ok: false, reason: 'unverified' })
  })
})

describe('lockout', () => {
  it('locks the account after 5 failures; the right password is then refused like a wrong one, until a reset', async () => {
    const account = await fixtures.createAlumnus(payload)
    for (let i = 0; i < 5; i++) {
      expect(await attempt(account.email, `wrong-password-${i}`)).toEqual({ ok: false, reason: 'invalid' })
    }
    const locked = await payload.findByID({ collection: 'alumni', id: account.doc.id, overrideAccess: true, showHiddenFields: true })
    expect(Date.parse(locked.lockUntil ?? '')).toBeGreaterThan(Date.now() + 14 * 60 * 1000)

    // Locked: the right password gets the same answer as an unknown address.
    expect(await attempt(account.email, account.password)).toEqual({ ok: false, reason: 'invalid' })
    expect(await attempt(uniqueEmail('nobody'), account.password)).toEqual({ ok: false, reason: 'invalid' })

    // The forgot-password mail links to the site's reset page; resetting lifts the lock.
    await payload.forgotPassword({ collection: 'alumni', data: { email: account.email } })
    const mail = await mailbox.waitFor((m) => m.to.includes(account.email) && m.subject.includes('パスワードの再設定'))
    expect(mail.subject).toContain('Reset your password')
    const links = linksIn(mail).filter((href) => href.includes('/reset-password'))
    expect(links.map((href) => new URL(href).pathname)).toEqual(['/reset-password', '/en/reset-password'])
    const token = new URL(links[0]).searchParams.get('token') ?? ''
    expect(await findResetRecipient(payload, token)).toEqual({ id: account.doc.id, email: account.email })

    await payload.resetPassword({ collection: 'alumni', data: { token, password: 'a-brand-new-phrase-7' }, overrideAccess: true })
    expect(await attempt(account.email, 'a-brand-new-phrase-7')).toEqual({ ok: true, collection: 'alumni' })
    // The link works once.
    expect(await findResetRecipient(payload, token)).toBeNull()
  })

  it('sends no reset mail to an unknown address, and does not say so', async () => {
    const email = uniqueEmail('nobody')
    await expect(payload.forgotPassword({ collection: 'alumni', data: { email } })).resolves.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailbox.to(email)).toHaveLength(0)
  })

  it('a registration never signs anyone in before the address is confirmed', async () => {
    const answers = joinAnswers()
    const { parseRegistration } = await import('../../src/join/form')
    const { registerAlumnus } = await import('../../src/join/register')
    const parsed = parseRegistration(answers)
    if (!parsed.ok) throw new Error('invalid')
    await registerAlumnus(payload, parsed.data)
    expect(await attempt(answers.email, answers.password)).toEqual({ ok: false, reason: 'unverified' })
  })
})
