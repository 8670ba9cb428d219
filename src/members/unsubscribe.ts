import type { Payload } from 'payload'

import type { Alumnus } from '@/payload-types'

import { notificationValues } from './notifications'
import { verifyUnsubscribeToken } from './unsubscribeToken'

/** Whom an unsubscribe link is for and whether their announcement mail is still on. */
export type UnsubscribeTarget = { alumnus: number; email: string; subscribed: boolean }

type Doc = Pick<Alumnus, 'id' | 'email' | 'notifications'>

/**
 * The alumnus a valid token names. The token is the authority here (the page needs no
 * sign-in), so the read skips access rules and takes only what the page needs.
 */
const load = async (payload: Payload, token: string | null): Promise<Doc | null> => {
  const grant = verifyUnsubscribeToken(token)
  if (!grant) return null
  const { docs } = await payload.find({
    collection: 'alumni',
    where: { id: { equals: grant.alumnus } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { email: true, notifications: true },
  })
  return (docs[0] as Doc | undefined) ?? null
}

const target = (doc: Doc): UnsubscribeTarget => ({
  alumnus: doc.id,
  email: doc.email,
  subscribed: notificationValues(doc).announcements,
})

/** Whom a token is for, or null when it is not valid or the account is gone. Changes nothing. */
export const unsubscribeTarget = async (payload: Payload, token: string | null): Promise<UnsubscribeTarget | null> => {
  const doc = await load(payload, token)
  return doc ? target(doc) : null
}

/**
 * Turns announcement mail off for the alumnus a valid token names, leaving their other
 * notification choices as they are. Null when the token is not valid: nothing changes.
 */
export const unsubscribe = async (payload: Payload, token: string | null): Promise<UnsubscribeTarget | null> => {
  const doc = await load(payload, token)
  if (!doc) return null
  const values = notificationValues(doc)
  if (!values.announcements) return target(doc)
  const updated = await payload.update({
    collection: 'alumni',
    id: doc.id,
    data: { notifications: { ...values, announcements: false } },
    depth: 0,
  })
  return target(updated)
}
