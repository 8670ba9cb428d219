import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, CollectionSlug, Where } from 'payload'

import { isAlumnus } from '@/access'

/**
 * Whoever deletes an account — the member from their settings or staff in the admin — everything
 * the person left behind goes with it, in the deletion's own transaction: their RSVPs, what they
 * said and did on the feed and the board (their posts' reactions, reports, interests and images
 * go with the posts, through those collections' own delete hooks), their photos and activity
 * months. See docs/profile-and-privacy.md.
 */
const owned: Array<[CollectionSlug, string]> = [
  ['registrations', 'alumnus'],
  ['update-reactions', 'alumnus'],
  ['update-reports', 'reporter'],
  ['opportunity-interests', 'alumnus'],
  ['member-updates', 'author'],
  ['opportunities', 'alumnus'],
  ['update-images', 'owner'],
  // Photos before the account: deleting the account would clear their owner and hide them.
  ['alumni-photos', 'owner'],
  ['member-activity', 'alumnus'],
]

export const eraseMemberContent: CollectionBeforeDeleteHook = async ({ req, id }) => {
  for (const [collection, field] of owned) {
    const where: Where = { [field]: { equals: id } }
    // Bulk deletes report per-document failures instead of throwing; a partial erase must roll back.
    const { errors } = await req.payload.delete({ collection, where, overrideAccess: true, req })
    if (errors.length) throw new Error(`could not delete ${errors.length} ${collection} of alumnus ${id}`)
  }
}

/** That the account was deleted, when and by whom (the member, or staff and operators' scripts) — nothing personal. */
export const recordDeletion: CollectionAfterDeleteHook = async ({ req, id }) => {
  await req.payload.create({
    collection: 'account-deletions',
    data: { formerId: Number(id), deletedAt: new Date().toISOString(), initiatedBy: isAlumnus(req.user) && String(req.user?.id) === String(id) ? 'member' : 'staff' },
    overrideAccess: true,
    req,
  })
}
