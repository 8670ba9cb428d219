import type { Payload, TypedUser } from 'payload'

import { rosterInviteEmail } from '@/email/templates/rosterInvite'

import { createInviteToken } from './inviteToken'

export type InviteResult = { sent: number[]; skipped: { id: number; reason: 'noEmail' | 'registered' | 'notFound' }[] }

/**
 * Mails an invitation to /join, filled in from the roster row (a signed link, src/roster/inviteToken.ts), to each row with an email
 * address whose owner has no account yet, and stamps `invitedAt`. A person invited this way who
 * registers with that address, employee number and join year is approved on sign-up
 * (src/join/autoApprove.ts). Sending again re-sends; the admin shows when it last went.
 */
export const inviteFromRoster = async (payload: Payload, user: TypedUser, ids: number[]): Promise<InviteResult> => {
  const { docs } = await payload.find({
    collection: 'roster',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const result: InviteResult = { sent: [], skipped: [] }
  for (const id of ids) {
    const row = byId.get(id)
    if (!row) {
      result.skipped.push({ id, reason: 'notFound' })
      continue
    }
    if (!row.email) {
      result.skipped.push({ id, reason: 'noEmail' })
      continue
    }
    const { totalDocs } = await payload.count({ collection: 'alumni', where: { email: { equals: row.email } }, overrideAccess: true })
    if (totalDocs > 0) {
      result.skipped.push({ id, reason: 'registered' })
      continue
    }
    await payload.sendEmail({
      to: row.email,
      ...rosterInviteEmail({ name: row.name, token: createInviteToken(row.id) }),
    })
    await payload.update({ collection: 'roster', id, data: { invitedAt: new Date().toISOString() }, depth: 0, overrideAccess: false, user })
    result.sent.push(id)
  }
  return result
}
