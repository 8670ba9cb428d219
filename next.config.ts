import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { localeRedirects, localeRewrites } from './src/i18n/rewrites'
import { cacheControlRules } from './src/security/cacheControl'
import { colorSchemeHintForAdminOnly, securityHeaders } from './src/security/headers'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  // The browser-test runner builds into its own directory, so runs never share a build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: {
    // Payload serves uploads from its own REST route on the same origin.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    // AVIF first (smallest), WebP for browsers without it (docs/performance.md).
    formats: ['image/avif', 'image/webp'],
    // Widths a srcset offers: the originals top out at 1,600 px (collections/Media), and every
    // width listed costs bytes twice on every page (the markup and the page's RSC data).
    deviceSizes: [640, 828, 1080, 1600],
    imageSizes: [64, 128, 256, 384],
  },
  // Profile photos (up to 5 MB, src/members/photoLimits.ts) are sent to a server action.
  experimental: { serverActions: { bodySizeLimit: '6mb' }, preloadEntriesOnStart: false },
  // Reads its VTIMEZONE files from its own folder at run time: bundling would lose them.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  poweredByHeader: false,
  // Next hashes every HTML body it sends for an ETag, in JavaScript: on a cached case study that
  // hash took about half the server's time per request (docs/performance.md). Public pages live
  // for seconds in a shared cache (src/security/cacheControl.ts), so a 304 saves little.
  generateEtags: false,
  // Every response, pages to uploaded files (src/security/headers.ts, docs/security.md).
  headers: async () => [
    {
      source: '/:path*',
      headers: securityHeaders({
        https: (process.env.NEXT_PUBLIC_SERVER_URL || '').startsWith('https://'),
        development: process.env.NODE_ENV === 'development',
      }),
    },
    // Who may keep a copy: one rule for pages, API and admin (src/security/cacheControl.ts).
    ...cacheControlRules(),
  ],
  // Japanese at `/`, English under `/en`: mapped onto the `[locale]` routes by the router (src/i18n/rewrites.ts).
  redirects: async () => localeRedirects(),
  rewrites: async () => ({ beforeFiles: localeRewrites(), afterFiles: [], fallback: [] }),
  devIndicators: false,
  // `npm run typecheck` checks the whole project once; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

export default {
  ...config,
  // withPayload adds its admin's client hints to every route; public pages do without them.
  headers: async () => colorSchemeHintForAdminOnly((await config.headers?.()) ?? []),
} satisfies NextConfig
