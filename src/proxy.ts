/**
 * Next's proxy (its request hook), run only where a rule of ours must act before Next or Payload
 * does, and never for a page view (pages go straight to the router, docs/architecture.md):
 * - requests carrying both `Origin` and `X-Forwarded-Host`: a write whose Origin matches nothing
 *   but an X-Forwarded-Host no trusted proxy wrote is refused before Next's server-action check
 *   would accept it (src/security/crossSite.ts, docs/security.md#cross-site-requests);
 * - writes to pages (server actions, forms without JavaScript) carrying another site's `Origin`:
 *   a 403, where Next's own refusal would answer 500;
 * - Payload's admin sign-in with `?redirect=`: the target is made a same-site path first
 *   (src/security/redirects.ts, docs/security.md#redirects).
 */
import { NextResponse, type NextRequest } from 'next/server'

import { crossSiteRefusal, foreignOriginAction, forwardedHostForgery } from '@/security/crossSite'
import { withSameSiteParam } from '@/security/redirects'

export function proxy(request: NextRequest) {
  if (forwardedHostForgery(request) || foreignOriginAction(request)) return crossSiteRefusal()
  if (request.nextUrl.pathname === '/admin/login') {
    const location = withSameSiteParam(request.nextUrl, 'redirect', '/admin')
    // Next wants an absolute Location from the proxy, and sends it relative when it is on this host.
    if (location) {
      return new Response(null, { status: 307, headers: { Location: new URL(location, request.url).href, 'Cache-Control': 'private, no-store' } })
    }
  }
  return NextResponse.next()
}

export const config = {
  matcher: [
    {
      source: '/:path*',
      has: [
        { type: 'header', key: 'origin' },
        { type: 'header', key: 'x-forwarded-host' },
      ],
    },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'origin' }] },
    { source: '/admin/login', has: [{ type: 'query', key: 'redirect' }] },
  ],
}
