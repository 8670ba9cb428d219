/**
 * Cross-site request forgery: a page on another site making a signed-in member's browser send a
 * state-changing request. The session cookie is SameSite=Lax (src/security/cookies.ts), Next's
 * server actions compare Origin with Host, and Payload accepts its cookie only from the origins
 * in its `csrf` list. This is the same rule for our own route handlers, answered with a clear
 * 403 instead of a silently signed-out request, and the forwarded-host rule that keeps Next's
 * own Origin check honest (`forwardedHostForgery`, run by src/proxy.ts).
 */
import { trustedProxies } from './clientIp'
import { sessionToken } from './cookies'

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The origins whose pages may send signed-in requests: the site's own (`NEXT_PUBLIC_SERVER_URL`)
 * plus any listed in `ENISHI_CSRF_ORIGINS` (comma separated). Also Payload's `csrf` option.
 */
export const trustedOrigins = (): string[] =>
  [process.env.NEXT_PUBLIC_SERVER_URL, ...(process.env.ENISHI_CSRF_ORIGINS ?? '').split(',')]
    .map((value) => value?.trim())
    .filter((value): value is string => Boolean(value))
    .map((value) => new URL(value).origin)


/**
 * Whether `request` changes state with a session cookie on behalf of another site: its Origin is
 * neither the request's own origin nor a trusted one, or (without Origin) the browser says
 * `Sec-Fetch-Site: cross-site`. Requests without the cookie (signed with an `Authorization`
 * header, or anonymous) cannot be forged by a browser and are left to their own checks.
 */
export const isCrossSiteSessionRequest = (request: Request): boolean => {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return false
  if (!sessionToken(request.headers)) return false
  const origin = request.headers.get('origin')
  if (origin) return origin !== new URL(request.url).origin && !trustedOrigins().includes(origin)
  return request.headers.get('sec-fetch-site') === 'cross-site'
}

const hostOf = (origin: string): string | null => {
  if (origin === 'null') return 'null'
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}

/**
 * Whether an unsafe request's `Origin` would pass Next's server-action check only thanks to an
 * `X-Forwarded-Host` nobody trusted wrote. Next compares Origin with X-Forwarded-Host when a
 * request has one, else with Host; with no proxy in front (`ENISHI_TRUSTED_PROXIES` unset or 0,
 * src/security/clientIp.ts) that header can only come from the client, who can then name any
 * origin. Such a request must match its Host (or a trusted origin) instead. Behind trusted proxies
 * the proxy writes X-Forwarded-Host (deploy/nginx/enishi.conf) and Next's own check stands.
 */
export const forwardedHostForgery = (request: Request): boolean => {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return false
  const origin = request.headers.get('origin')
  if (!origin || !request.headers.has('x-forwarded-host') || trustedProxies() > 0) return false
  return hostOf(origin) !== request.headers.get('host') && !trustedOrigins().includes(origin)
}

/**
 * Whether an unsafe request to a page (a server action, a form posted without JavaScript) comes
 * from another site's page: its Origin matches neither the host it was sent to (X-Forwarded-Host
 * only when a trusted proxy wrote it) nor a trusted origin. Next refuses such an action too, but
 * with a 500; this answers the client's mistake with a 403 first. The API has its own checks
 * (Payload's `csrf` list, `refuseCrossSite`).
 */
export const foreignOriginAction = (request: Request): boolean => {
  if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return false
  const origin = request.headers.get('origin')
  if (!origin || new URL(request.url).pathname.startsWith('/api/')) return false
  const forwarded = trustedProxies() > 0 ? request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined
  return hostOf(origin) !== (forwarded || request.headers.get('host')) && !trustedOrigins().includes(origin)
}

export const crossSiteRefusal = (): Response =>
  Response.json(
    { errors: [{ message: 'Cross-site request refused.' }] },
    { status: 403, headers: { 'Cache-Control': 'private, no-store' } },
  )

/** Wraps a route handler so that a forged cross-site request never reaches it. */
export const refuseCrossSite =
  <Args extends unknown[]>(handler: (request: Request, ...rest: Args) => Promise<Response> | Response) =>
  async (request: Request, ...rest: Args): Promise<Response> =>
    isCrossSiteSessionRequest(request) ? crossSiteRefusal() : handler(request, ...rest)
