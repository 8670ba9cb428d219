/**
 * Who may keep a copy of an answer (docs/deploy.md#caching). It follows from what the answer read,
 * not from its path, so a new route cannot forget it:
 *
 * - Next marks an answer `s-maxage=…` only when it rendered it once for everyone (ISR): a page or
 *   route that read nothing of the request. Anything that read the session (`getViewer`,
 *   `payload.auth`), a cookie, a header or the query string is rendered per request, and Next sends
 *   it `private, no-cache, no-store, …`, as it does for draft mode and errors. A route handler
 *   that reads the requester sends PRIVATE_CACHE_CONTROL itself.
 * - The app stamps no `Cache-Control` of its own over Next's verdict: a header rule in
 *   next.config.ts would win over both Next's and a route's own. The one rule there is for the
 *   API (`apiCacheControlRule`), whose answers Payload sends without any.
 * - A shared cache keeps only what `isShareable` accepts, for SHARED_FRESH_S seconds, then serves
 *   it stale while one request fetches a new copy, for up to SHARED_STALE_S more, and tells
 *   whoever is after it SHARED_CACHE_CONTROL (deploy/nginx/enishi.conf does exactly this). Next's
 *   own `s-maxage` is the page's `revalidate`, the backstop of its own cache, which a publish
 *   expires at once; a proxy hears of no publish, so it keeps pages for seconds only.
 *
 * Relative imports only: next.config.ts and tests load this file outside the app's bundles.
 */

export const SHARED_FRESH_S = 2
export const SHARED_STALE_S = 60
/** What a shared cache in front of the app sends onwards for an answer it may keep. */
export const SHARED_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_FRESH_S}, stale-while-revalidate=${SHARED_STALE_S}`
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/**
 * Payload's REST and GraphQL answers carry no `Cache-Control`, which would leave a shared cache
 * free to guess a lifetime for a member's data: the API is `private, no-store`, every route of
 * it, new ones included. Uploaded images of the public media collection keep Payload's headers.
 */
export const apiCacheControlRule = () => ({
  source: '/api/:path((?!media/file/).*)',
  headers: [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }],
})

/** Whether an answer with this `Cache-Control` is the same for everyone and may be kept by a shared cache. */
export const isShareable = (cacheControl: string | null | undefined): boolean =>
  /(?:^|[\s,])s-maxage=\d+/i.test(cacheControl ?? '') && !/\b(?:private|no-store|no-cache)\b/i.test(cacheControl ?? '')

/**
 * Cookies that make a request personal: Payload's session, Next's draft mode, the preview token.
 * A shared cache neither answers nor keeps a request carrying any of them, however written
 * (deploy/nginx/enishi.conf): a second guard, the first being that such answers are private.
 */
export const PERSONAL_COOKIES = ['payload-token', '__prerender_bypass', 'enishi_preview'] as const
