import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { securityHeaders } from './src/security/headers'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The browser-test runner builds into its own directory, so runs never share a build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: {
    // Payload serves uploads from its own REST route on the same origin.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    // AVIF first (smallest), WebP for browsers without it (docs/performance.md).
    formats: ['image/avif', 'image/webp'],
  },
  // Profile photos (up to 5 MB, src/members/photoLimits.ts) are sent to a server action.
  experimental: { serverActions: { bodySizeLimit: '6mb' }, preloadEntriesOnStart: false },
  // Reads its VTIMEZONE files from its own folder at run time: bundling would lose them.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  poweredByHeader: false,
  // Every response, pages to uploaded files (src/security/headers.ts, docs/security.md).
  headers: async () => [
    {
      source: '/:path*',
      headers: securityHeaders({
        https: (process.env.NEXT_PUBLIC_SERVER_URL || '').startsWith('https://'),
        development: process.env.NODE_ENV === 'development',
      }),
    },
  ],
  devIndicators: false,
  // `npm run typecheck` checks the whole project once; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
