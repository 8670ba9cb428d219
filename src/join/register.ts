import type { Payload } from 'payload'

import { afterAnswer } from '@/lib/afterAnswer'
import { isValidationError } from '@/security/payloadErrors'
import { hashLikeAPassword } from '@/security/enumeration'

import type { Email } from '@/email/templates/layout'
import { registrationAttemptEmail } from '@/email/templates/registrationAttempt'
import { verifyEmail } from '@/email/templates/verifyEmail'

import type { Locale } from '@/i18n/routing'

import type { Registration } from './form'

/**
 * Creates a pending, unverified alumni account from a valid registration and mails the
 * verification link. The caller learns nothing about whether the address was already
 * registered, not even from the time taken (src/security/enumeration.ts): that case hashes the
 * password all the same and mails the address's owner instead — the verification link again
 * while it is unconfirmed, otherwise a note that someone tried. Mail goes out after the answer.
 */
export const registerAlumnus = async (payload: Payload, data: Registration, language?: Locale): Promise<void> => {
  const existing = await findByEmail(payload, data.email)
  if (existing) {
    await hashLikeAPassword(data.password)
    return notifyOwner(payload, existing)
  }
  try {
    const created = await payload.create({
      collection: 'alumni',
      // Creating accounts is closed to visitors over the API; this is the one public way in.
      // Everything stored is spelled out below: pending, unverified, no review fields.
      overrideAccess: true,
      // Mailed below, after the answer, instead of by Payload before it.
      disableVerificationEmail: true,
      showHiddenFields: true,
      data: {
        status: 'pending',
        email: data.email,
        password: data.password,
        name: data.name,
        nameKana: data.nameKana,
        nameRomaji: data.nameRomaji,
        currentOrganization: data.currentOrganization,
        title: data.title,
        birthYear: data.birthYear,
        // The profile starts with the same history; the verification answers stay private.
        joinedYear: data.joinedYear,
        leftYear: data.leftYear,
        departments: [data.lastDepartment],
        verification: {
          joinedYear: data.joinedYear,
          leftYear: data.leftYear,
          lastDepartment: data.lastDepartment,
          employeeNumber: data.employeeNumber,
        },
        privacyConsentAt: new Date().toISOString(),
        language,
      },
    })
    send(payload, created.email, verifyEmail({ name: created.name, token: created._verificationToken ?? '' }))
  } catch (error) {
    // Two registrations of one address at once: the second loses on the unique index.
    if (isValidationError(error) && error.data.errors.some((e) => e.path === 'email')) {
      const winner = await findByEmail(payload, data.email)
      if (winner) return notifyOwner(payload, winner)
    }
    throw error
  }
}

type Existing = { id: number; email: string; name?: string | null; _verified?: boolean | null; _verificationToken?: string | null }

const findByEmail = async (payload: Payload, email: string): Promise<Existing | null> => {
  const { docs } = await payload.find({
    collection: 'alumni',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    select: { email: true, name: true, _verified: true, _verificationToken: true },
  })
  return (docs[0] as Existing | undefined) ?? null
}

const notifyOwner = (payload: Payload, owner: Existing): void =>
  send(
    payload,
    owner.email,
    owner._verified === false && owner._verificationToken
      ? verifyEmail({ name: owner.name, token: owner._verificationToken })
      : registrationAttemptEmail({ name: owner.name }),
  )

/** Sends after the answer: it does not wait for the mail server. Failures are logged. */
const send = (payload: Payload, to: string, message: Email): void =>
  afterAnswer(() =>
    Promise.resolve(payload.sendEmail({ to, ...message })).catch((err: unknown) =>
      payload.logger.error({ err, msg: 'registration mail failed' }),
    ),
  )
