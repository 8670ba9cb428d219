import type { Access, FieldAccess, Where } from 'payload'

import { isAlumnus, isApprovedAlumnus, isStaff, selfOrStaffField } from '@/access'

/** Approved, non-hidden alumni: the people members may find in the directory. */
export const listedInDirectory: Where = {
  and: [{ status: { equals: 'approved' } }, { hiddenFromDirectory: { not_equals: true } }],
}

/**
 * Staff read everyone. An approved alumnus reads their own account and listed members;
 * a pending, rejected or suspended alumnus reads only their own account; visitors nothing.
 */
export const readAlumni: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (!isAlumnus(user) || !user) return false
  const self: Where = { id: { equals: user.id } }
  return isApprovedAlumnus(user) ? { or: [self, listedInDirectory] } : self
}

/** An alumnus changes only their own account; staff change any. */
export const updateAlumni: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isAlumnus(user) && user) return { id: { equals: user.id } }
  return false
}

/**
 * A contact detail (e.g. `contact.phone`): the owner and staff always; other approved members
 * only when the owner set its visibility (`contact.phoneVisibility`) to `members`.
 */
export const readContactField =
  (visibilityField: string): FieldAccess =>
  (args) => {
    if (selfOrStaffField(args)) return true
    const contact = (args.doc as { contact?: Record<string, unknown> } | undefined)?.contact
    return isApprovedAlumnus(args.req.user) && contact?.[visibilityField] === 'members'
  }
