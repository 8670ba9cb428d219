import type { Payload } from 'payload'

import type { RegistrationField } from '@/join/form'

import { verifyInviteToken } from './inviteToken'

/**
 * What /join fills in for someone who followed a roster invitation: the row's name, email,
 * employee number, years and department. Anything else — no token, a forged or expired one, a
 * row deleted since — fills in nothing, and the form is simply empty.
 */
export const invitationPrefill = async (payload: Payload, token: unknown): Promise<Partial<Record<RegistrationField, string>>> => {
  const id = verifyInviteToken(typeof token === 'string' ? token : null)
  if (id === null) return {}
  const row = await payload
    .findByID({ collection: 'roster', id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!row) return {}
  const filled: Partial<Record<RegistrationField, string | null | undefined>> = {
    name: row.name,
    email: row.email,
    employeeNumber: row.employeeNumber,
    joinedYear: String(row.joinedYear),
    leftYear: row.leftYear ? String(row.leftYear) : null,
    lastDepartment: row.department,
  }
  return Object.fromEntries(Object.entries(filled).filter((entry): entry is [string, string] => Boolean(entry[1])))
}
