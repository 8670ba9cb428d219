import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { isStaff } from '@/access'
import { checkPassword } from '@/auth/password'
import type { Alumnus } from '@/payload-types'

const MESSAGES = {
  tooShort: 'The password is too short.',
  tooLong: 'The password is too long.',
  isEmail: 'The password cannot be the email address.',
  common: 'The password is too common.',
  simple: 'The password is too simple.',
} as const

/**
 * The site's password rules (src/auth/password.ts) for passwords an alumnus sets through the
 * API (a REST or GraphQL profile update), not only through the site's forms. Staff setting a
 * password in the admin are trusted to choose.
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<Alumnus> = ({ data, originalDoc, req }) => {
  if (isStaff(req.user) || typeof data?.password !== 'string') return data
  const problem = checkPassword(data.password, data.email ?? originalDoc?.email)
  if (problem) {
    throw new ValidationError({ collection: 'alumni', errors: [{ path: 'password', message: MESSAGES[problem] }] }, req.t)
  }
  return data
}
