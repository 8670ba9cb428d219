import { derivedKey, sign, SIGNATURE_LENGTH, verifySignature } from '@/security/signing'

/**
 * Unsubscribe tokens: "this alumnus wants no more of this kind of mail". A token names the
 * alumnus and the kind of mail, signed (src/security/signing.ts) with a key of its own. It
 * does not expire: an unsubscribe link in an old message must keep working (RFC 8058), and it
 * can do nothing but turn mail off. Rotating PAYLOAD_SECRET revokes every link.
 */
export const UNSUBSCRIBABLE = ['announcements', 'digest'] as const
export type UnsubscribeKind = (typeof UNSUBSCRIBABLE)[number]
export type UnsubscribeGrant = { kind: UnsubscribeKind; alumnus: number }

const key = (): string => derivedKey('unsubscribe')

export const createUnsubscribeToken = (kind: UnsubscribeKind, alumnus: number): string => {
  const payload = `${kind}.${alumnus}`
  return `${payload}.${sign(key(), payload)}`
}

const TOKEN = new RegExp(`^([a-z]+)\\.(\\d{1,12})\\.([\\w-]{${SIGNATURE_LENGTH}})$`)

/** What a token allows, or null when it is malformed or forged. */
export const verifyUnsubscribeToken = (token: string | null | undefined): UnsubscribeGrant | null => {
  const match = TOKEN.exec(token ?? '')
  if (!match) return null
  const [, kind, id, signature] = match
  if (!verifySignature(key(), `${kind}.${id}`, signature)) return null
  if (!(UNSUBSCRIBABLE as readonly string[]).includes(kind)) return null
  return { kind: kind as UnsubscribeKind, alumnus: Number(id) }
}
