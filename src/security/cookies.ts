/**
 * Payload's session cookie (`payload-token`) for both auth collections: HttpOnly always (Payload
 * sets it), SameSite=Lax so a cross-site form post never carries it, and Secure whenever the
 * site is served over HTTPS — which production is (`NEXT_PUBLIC_SERVER_URL=https://…`).
 */
export const isHttpsSite = (): boolean => (process.env.NEXT_PUBLIC_SERVER_URL || '').startsWith('https://')

export const sessionCookies = () => ({ sameSite: 'Lax' as const, secure: isHttpsSite() })
