import type { CollectionAfterLoginHook } from 'payload'

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

