import type { Payload } from 'payload'

import { matchRoster } from './autoApprove'

export type VerifyResult = 'verified' | 'approved' | 'invalid'

/**
 * Confirms a registration's email address with Payload's verifyEmail, then compares it with
 * the roster (see matchRoster). Payload's verification runs no collection hooks, so this is
 * the one place that follows it up; the `/verify` page calls it.
 */
export const verifyRegistration = async (payload: Payload, token: string): Promise<VerifyResult> => {
  if (!/^[a-f0-9]{20,128}$/i.test(token)) return 'invalid'
  const { docs } = await payload.find({
    collection: 'alumni',
    where: { _verificationToken: { equals: token } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    select: { status: true },
  })
  const alumnus = docs[0]
  if (!alumnus) return 'invalid'
  try {
    await payload.verifyEmail({ collection: 'alumni', token })
  } catch {
    // Used by a parallel request in the meantime.
    return 'invalid'
  }
  try {
    return (await matchRoster(payload, alumnus.id)) === 'approved' ? 'approved' : 'verified'
  } catch (error) {
    // The address is confirmed; a failed roster comparison leaves the registration for staff.
    payload.logger.error({ err: error, msg: `roster comparison failed for alumnus ${alumnus.id}` })
    return 'verified'
  }
}
