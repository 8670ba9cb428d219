/**
 * Next's proxy (its request hook), run only for requests that carry both `Origin` and
 * `X-Forwarded-Host`: never a page view, so pages keep going straight to the router
 * (docs/architecture.md). It refuses a write whose Origin matches nothing but an X-Forwarded-Host
 * no trusted proxy wrote, before Next's server-action check would accept it
 * (src/security/crossSite.ts, docs/security.md#cross-site-requests).
 */
import { NextResponse, type NextRequest } from 'next/server'

import { crossSiteRefusal, forwardedHostForgery } from '@/security/crossSite'

export function proxy(request: NextRequest) {
  return forwardedHostForgery(request) ? crossSiteRefusal() : NextResponse.next()
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
  ],
}
