import { randomBytes } from 'node:crypto'

import type { Payload, TypedUser } from 'payload'

import { isAlumnus } from '@/access'

/** 32 random bytes, URL-safe: unguessable, so the URL alone is the credential. */
const newToken = () => randomBytes(32).toString('base64url')

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

/** The personal feed's path for a token. */
export const calendarFeedPath = (token: string) => `/calendar/${token}.ics`

/** Creates or replaces (`rotate`) the alumnus's token, or removes it (`revoke`). Returns the new token. */
export const setCalendarToken = async (
  payload: Payload,
  user: TypedUser | null,
  action: 'rotate' | 'revoke',
): Promise<string | null> => {
  if (!user || !isAlumnus(user)) throw new Error('only alumni have a calendar feed')
  const token = action === 'rotate' ? newToken() : null
  // The field is not writable through the API (staff-only update); this is the owner's own action.
  await payload.update({ collection: 'alumni', id: user.id, data: { calendarToken: token }, overrideAccess: true, depth: 0 })
  return token
}

/** The approved alumnus a feed token belongs to, or null for a malformed, unknown or revoked token. */
export const alumnusByCalendarToken = async (payload: Payload, token: string) => {
  if (!TOKEN_SHAPE.test(token)) return null
  const { docs } = await payload.find({
    collection: 'alumni',
    where: { and: [{ calendarToken: { equals: token } }, { status: { equals: 'approved' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}
