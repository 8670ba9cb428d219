/**
 * Security headers for every response — pages, members pages, the REST/GraphQL API, the admin
 * and uploaded files — set once in next.config.ts's `headers()`. Next evaluates that at build
 * time, so what depends on the environment (HTTPS, development) is decided by the build's
 * environment. Why each directive is what it is: docs/security.md#headers.
 *
 * Relative imports only: next.config.ts loads this file before the `@/` alias exists.
 */

export type HeaderOptions = { https: boolean; development: boolean }

/**
 * Scripts: `'unsafe-inline'` rather than a per-request nonce. A nonce has to be in the HTML,
 * which would make every prerendered public page dynamic (public pages are cached: docs/architecture.md#caching);
 * Next's inline bootstrap scripts and the admin need inline scripts either way. No script is
 * ever loaded from another origin. Development adds `'unsafe-eval'` (React's dev tools) and
 * websockets (hot reload).
 */
export const contentSecurityPolicy = ({ https, development }: HeaderOptions): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "media-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    // Live preview shows our own pages in a frame inside /admin: same origin only, both ways.
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

export const securityHeaders = (options: HeaderOptions): { key: string; value: string }[] => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
  // Two years, subdomains included, once the site is served over HTTPS.
  ...(options.https && !options.development
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // For browsers that do not know frame-ancestors.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

type HeaderRule = { source: string; headers: { key: string; value: string }[] }

/**
 * Payload's `withPayload` asks every response for the colour-scheme client hint (`Accept-CH`,
 * `Critical-CH` and `Vary: Sec-CH-Prefers-Color-Scheme`), so that the admin opens in the reader's
 * theme. On a public page `Critical-CH` makes Chrome ask for the page twice on a first visit: it
 * drops the answer and restarts the request with the hint, one more round trip before anything
 * shows (measured in docs/performance.md#lighthouse). The pages do not depend on the hint, and
 * the `Vary` would split every shared cache's copy by colour scheme. Kept for the admin only.
 */
export const colorSchemeHintForAdminOnly = <Rule extends HeaderRule>(rules: Rule[]): Rule[] =>
  rules.map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
  )
