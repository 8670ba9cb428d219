import type { CollectionAfterLoginHook, CollectionBeforeDeleteHook } from 'payload'

import { recordActivity } from '@/dashboard/activity'

/** A sign-in makes the month an active one for the dashboard; a failure never blocks the sign-in. */
export const recordSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  try {
    await recordActivity(req.payload, user.id as number, new Date(), req)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `could not record activity of alumnus ${user.id}` })
  }
  return user
}

/** Deleting an account (by the member or staff) deletes its activity months with it. */
export const forgetActivity: CollectionBeforeDeleteHook = async ({ req, id }) => {
  await req.payload.delete({ collection: 'member-activity', where: { alumnus: { equals: id } }, overrideAccess: true, req })
}
