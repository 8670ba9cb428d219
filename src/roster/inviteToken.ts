import { derivedKey, sign, SIGNATURE_LENGTH, verifySignature } from '@/security/signing'

/**
 * The link in a roster invitation names the roster row and when the link expires, signed
 * (src/security/signing.ts) with a key of its own — not the person's name, email and employee
 * number, which would otherwise sit in the address bar, the browser history and server logs.
 * /join reads the row on the server to fill the form in. Rotating PAYLOAD_SECRET revokes every link.
 */
const VALID_DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000

const key = (): string => derivedKey('roster-invitation')

export const createInviteToken = (rosterId: number, now = new Date()): string => {
  const expires = Math.floor(now.getTime() / DAY_MS) + VALID_DAYS
  const payload = `${rosterId}.${expires}`
  return `${payload}.${sign(key(), payload)}`
}

const TOKEN = new RegExp(`^(\\d{1,12})\\.(\\d{1,6})\\.([\\w-]{${SIGNATURE_LENGTH}})$`)

/** The roster row a token names, or null when it is malformed, forged or expired. */
export const verifyInviteToken = (token: string | null | undefined, now = new Date()): number | null => {
  const match = TOKEN.exec(token ?? '')
  if (!match) return null
  const [, id, expires, signature] = match
  if (!verifySignature(key(), `${id}.${expires}`, signature)) return null
  if (Number(expires) < Math.floor(now.getTime() / DAY_MS)) return null
  return Number(id)
}
