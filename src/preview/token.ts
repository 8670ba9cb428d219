import { derivedKey, sign as signWith, verifySignature } from '@/security/signing'

/**
 * Signed preview tokens: "this draft may be shown until then". A token names one document
 * (collection and id) and an expiry, signed with HMAC-SHA256 under PREVIEW_SECRET, or a key
 * derived from PAYLOAD_SECRET when that is not set — so a link opens exactly one draft, for a
 * limited time, and rotating either secret revokes every link.
 */
export const PREVIEWABLE = ['interviews'] as const
export type PreviewCollection = (typeof PREVIEWABLE)[number]
export type PreviewGrant = { collection: PreviewCollection; id: number; expires: number }

/** Shareable links stay valid for a week. */
export const PREVIEW_LIFETIME_S = 7 * 24 * 60 * 60

// Its own key: a preview signature is never also valid as anything else signed with the secret.
const key = (): string => process.env.PREVIEW_SECRET || derivedKey('preview')

const sign = (payload: string): string => signWith(key(), payload)

export const createPreviewToken = (
  collection: PreviewCollection,
  id: number,
  now = Date.now(),
  lifetime = PREVIEW_LIFETIME_S,
): string => {
  const payload = `${collection}.${id}.${Math.floor(now / 1000) + lifetime}`
  return `${payload}.${sign(payload)}`
}

/** The grant a token carries, or null when it is malformed, forged or expired. */
export const verifyPreviewToken = (token: string | null | undefined, now = Date.now()): PreviewGrant | null => {
  const match = /^([a-z-]+)\.(\d{1,12})\.(\d{1,12})\.([\w-]{43})$/.exec(token ?? '')
  if (!match) return null
  const [, collection, id, expires, signature] = match
  if (!verifySignature(key(), `${collection}.${id}.${expires}`, signature)) return null
  if (!(PREVIEWABLE as readonly string[]).includes(collection)) return null
  if (Number(expires) * 1000 <= now) return null
  return { collection: collection as PreviewCollection, id: Number(id), expires: Number(expires) }
}
