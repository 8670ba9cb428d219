import type { Payload, PayloadRequest } from 'payload'

/**
 * Compares a verified registration with the roster. A row with the same employee number and
 * join year is recorded as `rosterMatch` (reviewers see it either way); when an admin has
 * turned on `autoApproveRosterMatches`, the registration is approved at once — and the
 * approval mail goes out through the same hook as a staff approval. A person staff invited from
 * the roster (src/roster/invite.ts) is approved the same way when they registered with the
 * address the invitation went to, whatever the setting: the invitation is staff vouching for them.
 *
 * A roster row already matched by another account approves nobody: a second person using
 * the same employee number is left for staff to look at.
 */
export const matchRoster = async (
  payload: Payload,
  alumnusId: number,
  req?: Partial<PayloadRequest>,
): Promise<'approved' | 'matched' | 'none'> => {
  const alumnus = await payload.findByID({ collection: 'alumni', id: alumnusId, depth: 0, overrideAccess: true, req })
  const employeeNumber = alumnus.verification?.employeeNumber?.trim()
  const joinedYear = alumnus.verification?.joinedYear
  if (alumnus.status !== 'pending' || !alumnus._verified || !employeeNumber || !joinedYear) return 'none'

  const { docs } = await payload.find({
    collection: 'roster',
    where: { employeeNumber: { equals: employeeNumber }, joinedYear: { equals: joinedYear } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const row = docs[0]
  if (!row) return 'none'
  const { totalDocs: taken } = await payload.count({
    collection: 'alumni',
    where: { rosterMatch: { equals: row.id }, id: { not_equals: alumnus.id } },
    overrideAccess: true,
    req,
  })
  if (taken > 0) return 'none'

  const { autoApproveRosterMatches } = await payload.findGlobal({ slug: 'membership', overrideAccess: true, req })
  const invited = Boolean(row.invitedAt && row.email && row.email.toLowerCase() === alumnus.email.toLowerCase())
  const approve = Boolean(autoApproveRosterMatches) || invited
  await payload.update({
    collection: 'alumni',
    id: alumnus.id,
    data: { rosterMatch: row.id, ...(approve ? { status: 'approved' as const } : {}) },
    overrideAccess: true,
    req,
  })
  return approve ? 'approved' : 'matched'
}
