import type { FieldAccess } from 'payload'

import { isApprovedAlumnus, isStaff } from '@/access'

/** The online link: staff, and approved alumni with a confirmed registration for this event. */
export const readOnlineUrl: FieldAccess = async ({ req, doc, id }) => {
  if (isStaff(req.user)) return true
  const eventId = doc?.id ?? id
  if (!isApprovedAlumnus(req.user) || !req.user || eventId === undefined) return false
  const { totalDocs } = await req.payload.count({
    collection: 'registrations',
    where: {
      and: [
        { event: { equals: eventId } },
        { alumnus: { equals: req.user.id } },
        { status: { equals: 'confirmed' } },
      ],
    },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}
