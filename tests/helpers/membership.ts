/**
 * For the membership integration tests: Payload with mail going to an in-process SMTP server,
 * and registration form answers that pass every check.
 *
 * The mail settings are read when the Payload config is imported, so a test file imports
 * nothing that loads the config statically (fixtures, api, payload): it gets Payload from
 * `startMembershipPayload()` and imports those helpers dynamically afterwards.
 */
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { RegistrationField } from '../../src/join/form'
import { type Mail, type Mailbox, linksIn, startMailbox } from './mailbox'

export const startMembershipPayload = async (): Promise<{ payload: Payload; mailbox: Mailbox }> => {
  const mailbox = await startMailbox()
  process.env.SMTP_HOST = mailbox.host
  process.env.SMTP_PORT = String(mailbox.port)
  const { getTestPayload } = await import('./payload')
  return { payload: await getTestPayload(), mailbox }
}

/** A fresh address no other test uses. */
export const uniqueEmail = (prefix = 'join'): string => `${prefix}-${randomBytes(4).toString('hex')}@alumni.test`

export const PASSWORD = 'kawa-no-nagare-2026'

/** Answers of the `/join` form, valid, as the browser sends them (strings; consent "on"). */
export const joinAnswers = (overrides: Partial<Record<RegistrationField, string>> = {}) => ({
  name: '試験 花子',
  nameKana: 'しけん はなこ',
  nameRomaji: 'Hanako Shiken',
  email: uniqueEmail(),
  password: PASSWORD,
  joinedYear: '2014',
  leftYear: '2021',
  lastDepartment: 'デザイン本部',
  employeeNumber: '',
  currentOrganization: '株式会社あおば',
  title: 'デザイナー',
  consent: 'on',
  ...overrides,
})

/** The token of the `/verify?token=…` link in a verification mail. */
export const verifyToken = (mail: Mail): string => {
  const link = linksIn(mail).find((href) => new URL(href).pathname.endsWith('/verify'))
  if (!link) throw new Error(`no /verify link in "${mail.subject}"`)
  const token = new URL(link).searchParams.get('token')
  if (!token) throw new Error(`the /verify link has no token: ${link}`)
  return token
}
