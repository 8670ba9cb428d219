/**
 * Payload's session cookie (`payload-token`) for both auth collections: HttpOnly always (Payload
 * sets it), SameSite=Lax so a cross-site form post never carries it, and Secure whenever the
 * site is served over HTTPS — which production is (`NEXT_PUBLIC_SERVER_URL=https://…`).
 */
export const isHttpsSite = (): boolean => (process.env.NEXT_PUBLIC_SERVER_URL || '').startsWith('https://')

export const sessionCookies = () => ({ sameSite: 'Lax' as const, secure: isHttpsSite() })

/** Payload's session cookie, for both auth collections. */
export const SESSION_COOKIE = 'payload-token'

/**
 * The session token as Payload's JWT strategy reads it (payload's `utilities/parseCookies`, which
 * it does not export: every `;`-separated pair split at its first `=`, the name trimmed, the value
 * URI-decoded, the last of duplicates winning), so no check of ours sees a different session than
 * Payload's auth does. Pages read the viewer through `payload.auth` (src/auth/viewer.ts); this is
 * for checks that run before it (src/security/crossSite.ts). tests/unit/security.cross-site.test.ts
 * pins the shapes.
 */
export const sessionToken = (headers: Headers): string | undefined => {
  let token: string | undefined
  for (const pair of (headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = pair.split('=')
    if (name?.trim() !== SESSION_COOKIE) continue
    try {
      token = decodeURI(value.join('='))
    } catch {
      // Payload ignores a value it cannot decode, and so keeps the one before.
    }
  }
  return token || undefined
}
