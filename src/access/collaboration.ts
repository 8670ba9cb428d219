import type { Access, FieldAccess, Where } from 'payload'

import { isApprovedAlumnus, isMember, isStaff } from './roles'

/**
 * Who may do what on the collaboration board, the member updates feed and the feedback form
 * (docs/collaboration.md). Reads return queries, so lists, counts, REST and GraphQL filter in SQL.
 * Pending, rejected and suspended alumni and visitors get nothing here.
 */

/** Staff see everything; approved alumni see what staff have not hidden. */
export const readUnlessHidden: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isApprovedAlumnus(user)) return { hidden: { not_equals: true } }
  return false
}

/** Reactions: like the update they are on — a hidden update's reactions are hidden with it. */
export const readOnVisibleUpdate: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isApprovedAlumnus(user)) return { 'update.hidden': { not_equals: true } }
  return false
}

export const membersOnly: Access = ({ req: { user } }) => isMember(user)
export const approvedAlumniOnly: Access = ({ req: { user } }) => isApprovedAlumnus(user)
export const membersField: FieldAccess = ({ req: { user } }) => isMember(user)

/** Staff any document; an approved alumnus the ones whose `field` names them. */
export const staffOrOwn =
  (field: string): Access =>
  ({ req: { user } }) => {
    if (isStaff(user)) return true
    if (isApprovedAlumnus(user) && user) return { [field]: { equals: user.id } }
    return false
  }

/**
 * Interest in an opportunity: staff see all; an approved alumnus sees their own interests and
 * the interests in opportunities they posted (`posterAlumnus` is copied from the opportunity).
 */
export const readInterests: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isApprovedAlumnus(user) && user) {
    const mine: Where[] = [{ alumnus: { equals: user.id } }, { posterAlumnus: { equals: user.id } }]
    return { or: mine }
  }
  return false
}

/** Reports: staff read and handle them; a reporter sees their own (to show "reported"). */
export const readReports = staffOrOwn('reporter')
