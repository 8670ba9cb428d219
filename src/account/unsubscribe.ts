import type { Payload } from 'payload'

import type { Alumnus } from '@/payload-types'

import { notificationValues } from './notifications'
import { type UnsubscribeKind, verifyUnsubscribeToken } from './unsubscribeToken'

/** Whom an unsubscribe link is for, which mail it stops, and whether that mail is still on. */
export type UnsubscribeTarget = { alumnus: number; email: string; kind: UnsubscribeKind; subscribed: boolean }

type Doc = Pick<Alumnus, 'id' | 'email' | 'notifications'>

/**
 * The alumnus a valid token names. The token is the authority here (the page needs no
 * sign-in), so the read skips access rules and takes only what the page needs.
 */
const load = async (payload: Payload, token: string | null): Promise<{ doc: Doc; kind: UnsubscribeKind } | null> => {
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
  const doc = docs[0] as Doc | undefined
  return doc ? { doc, kind: grant.kind } : null
}

const target = (doc: Doc, kind: UnsubscribeKind): UnsubscribeTarget => ({
  alumnus: doc.id,
  email: doc.email,
  kind,
  subscribed: notificationValues(doc)[kind],
})

/** Whom a token is for, or null when it is not valid or the account is gone. Changes nothing. */
export const unsubscribeTarget = async (payload: Payload, token: string | null): Promise<UnsubscribeTarget | null> => {
  const found = await load(payload, token)
  return found ? target(found.doc, found.kind) : null
}

/**
 * Turns the token's kind of mail (announcements or the weekly digest) off for the alumnus it
 * names, leaving their other notification choices as they are. Null when the token is not
 * valid: nothing changes.
 */
export const unsubscribe = async (payload: Payload, token: string | null): Promise<UnsubscribeTarget | null> => {
  const found = await load(payload, token)
  if (!found) return null
  const { doc, kind } = found
  const values = notificationValues(doc)
  if (!values[kind]) return target(doc, kind)
  const updated = await payload.update({
    collection: 'alumni',
    id: doc.id,
    data: { notifications: { ...values, [kind]: false } },
    depth: 0,
  })
  return target(updated, kind)
}
