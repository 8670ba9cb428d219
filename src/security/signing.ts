import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * HMAC-SHA256 signatures for links the site hands out (draft previews, unsubscribe links).
 * Each purpose signs with its own key derived from PAYLOAD_SECRET, so a signature made for one
 * purpose is never valid for another; rotating the secret revokes every link at once.
 */
export const derivedKey = (purpose: string): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  return createHmac('sha256', secret).update(`enishi:${purpose}`).digest('hex')
}

/** Length of a signature in base64url (32 bytes). */
export const SIGNATURE_LENGTH = 43

export const sign = (key: string, payload: string): string => createHmac('sha256', key).update(payload).digest('base64url')

/** Whether `signature` signs `payload` under `key`, compared in constant time. */
export const verifySignature = (key: string, payload: string, signature: string): boolean => {
  const expected = Buffer.from(sign(key, payload))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
