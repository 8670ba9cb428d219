/**
 * Who may keep a copy of a response: the one rule, applied to every route through
 * next.config.ts's `headers()` (docs/deploy.md#caching).
 *
 * - Public pages (and feeds, sitemap, calendar files): a shared cache — a CDN, the nginx in
 *   deploy/nginx — may keep them for PUBLIC_FRESH_S seconds and then serve its copy while it
 *   fetches a new one for up to PUBLIC_STALE_S more. Short on purpose: a publish expires the
 *   app's own cache at once (docs/publishing.md), and a proxy in front must show it within
 *   seconds too. Browsers always ask again (`max-age=0`).
 * - Private: the members area, sign-in and account pages (forms, tokens in links), members'
 *   calendar feeds, the admin, the REST/GraphQL API, and ANY request that carries a session or
 *   preview cookie or an Authorization header — never stored by anyone. Next itself sends
 *   no-store for the dynamic ones already; this rule also covers what Next would let a cache keep.
 *
 * Next keeps a `Cache-Control` set here rather than its own ISR `s-maxage=60, stale-while-revalidate=…`
 * (send-payload: "If cache control is already set on the response we don't override it"), except
 * on errors, which stay no-store. Later rules win over earlier ones for the same header.
 * Uploaded files under /api/media/file keep Payload's own headers.
 *
 * Relative imports only: next.config.ts loads this file before the `@/` alias exists.
 */

export const PUBLIC_FRESH_S = 2
export const PUBLIC_STALE_S = 60
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_FRESH_S}, stale-while-revalidate=${PUBLIC_STALE_S}`
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** Page sections (in both languages) that are personal or carry tokens. */
export const PRIVATE_SECTIONS = [
  'members',
  'login',
  'logout',
  'join',
  'forgot-password',
  'reset-password',
  'verify',
  'unsubscribe',
  'account-deleted',
] as const

/** Cookies that make a response personal: Payload's session, Next's draft mode, the preview token. */
export const PRIVATE_COOKIES = ['payload-token', '__prerender_bypass', 'enishi_preview'] as const

type HeaderRule = {
  source: string
  has?: { type: 'cookie' | 'header'; key: string }[]
  missing?: { type: 'cookie' | 'header'; key: string }[]
  headers: { key: string; value: string }[]
}

const rule = (source: string, value: string, has?: HeaderRule['has']): HeaderRule => ({
  source,
  ...(has ? { has } : {}),
  headers: [{ key: 'Cache-Control', value }],
})

export const cacheControlRules = (): HeaderRule[] => [
  // Everything but Next's own files (immutable, Next's header) and the API (below).
  rule('/:path((?!_next/|api/).*)', PUBLIC_CACHE_CONTROL),
  rule('/admin/:path*', PRIVATE_CACHE_CONTROL),
  rule('/api/:path((?!media/file/).*)', PRIVATE_CACHE_CONTROL),
  ...PRIVATE_SECTIONS.flatMap((section) => [
    rule(`/${section}/:path*`, PRIVATE_CACHE_CONTROL),
    rule(`/en/${section}/:path*`, PRIVATE_CACHE_CONTROL),
  ]),
  // A member's calendar feed: the token in its URL is the credential, and a revoked one must stop
  // working at once (src/app/calendar/[token]). A route's own header loses to these rules.
  rule('/calendar/:path*', PRIVATE_CACHE_CONTROL),
  ...PRIVATE_COOKIES.map((key) => rule('/:path((?!_next/|api/media/file/).*)', PRIVATE_CACHE_CONTROL, [{ type: 'cookie', key }])),
  // Payload also signs people in by an Authorization header (API keys, JWTs): no page may be kept
  // from such a request either, whatever a page does with the person today.
  rule('/:path((?!_next/|api/media/file/).*)', PRIVATE_CACHE_CONTROL, [{ type: 'header', key: 'authorization' }]),
  // The benchmark's reference for a page rendered on every request (src/bench/baseline.tsx, only in
  // its own build): what Next sends for a plain force-dynamic page, so no cache keeps it.
  rule('/bench-baseline/dynamic', PRIVATE_CACHE_CONTROL),
]
