/**
 * The address a request came from, for rate limits.
 *
 * Next.js does not hand route handlers or server actions the socket address; it writes it into
 * `X-Forwarded-For` itself, but only when the request has no such header. So:
 * - `ENISHI_TRUSTED_PROXIES` unset or 0 (the app faces the internet): the last entry of
 *   `X-Forwarded-For` is the socket address Next wrote. A client can send its own header to
 *   spoof it — Next keeps it — which is why production runs behind a proxy and why every limit
 *   also counts per account.
 * - `ENISHI_TRUSTED_PROXIES=n` (n proxies in front, each appending the address it saw, e.g.
 *   nginx `$proxy_add_x_forwarded_for`): the n-th entry from the right is the client; entries
 *   further left were written by the client and are ignored.
 * The same number decides whether an `X-Forwarded-Host` counts for server actions: only a proxy
 * in front writes one worth believing (`forwardedHostForgery` in src/security/crossSite.ts).
 */
export const trustedProxies = (): number => {
  const value = Number(process.env.ENISHI_TRUSTED_PROXIES ?? 0)
  return Number.isInteger(value) && value > 0 ? value : 0
}

export const clientIp = (headers: Headers): string => {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (chain.length === 0) return 'unknown'
  const hops = trustedProxies()
  // With n trusted proxies the client is n entries from the right; with none, the last entry.
  const index = chain.length - Math.max(hops, 1)
  return chain[Math.max(index, 0)] as string
}
