import type { Access, FieldAccess, Where } from 'payload'

import { isAdmin, isAlumnus, isMember, isStaff } from './roles'

export { isAdmin, isAlumnus, isApprovedAlumnus, isMember, isStaff } from './roles'

export const anyone: Access = () => true
export const staffOnly: Access = ({ req }) => isStaff(req.user)

export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
export const adminField: FieldAccess = ({ req }) => isAdmin(req.user)

/** The owner of an alumni account, or staff. `doc` is the alumni document being read. */
export const selfOrStaffField: FieldAccess = ({ req, doc, id }) => {
  if (isStaff(req.user)) return true
  if (!isAlumnus(req.user) || !req.user) return false
  const target = doc?.id ?? id
  return target !== undefined && String(target) === String(req.user.id)
}

/**
 * The query a non-staff viewer's reads of publishable content are limited to: published,
 * publish date passed, and (when the collection has an audience) public unless the viewer
 * is a member. Returned as a query so lists, counts, REST and GraphQL all filter in SQL.
 */
export const publishedFor = (
  user: Parameters<typeof isMember>[0],
  { audience }: { audience: boolean },
): Where => {
  const and: Where[] = [
    { _status: { equals: 'published' } },
    { publishedAt: { less_than_equal: new Date().toISOString() } },
  ]
  if (audience && !isMember(user)) and.push({ audience: { equals: 'public' } })
  return { and }
}

export const readPublished =
  ({ audience }: { audience: boolean }): Access =>
  ({ req }) =>
    isStaff(req.user) ? true : publishedFor(req.user, { audience })

/** Access of publishable content (interviews, events, announcements): staff write, readers read published. */
export const publishableAccess = ({ audience }: { audience: boolean }) => ({
  read: readPublished({ audience }),
  readVersions: staffOnly,
  create: staffOnly,
  update: staffOnly,
  delete: staffOnly,
})

/** Drafts, versions and scheduled publishing for publishable content. */
export const publishableVersions = { drafts: { schedulePublish: true }, maxPerDoc: 50 }
