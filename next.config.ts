import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { apiCacheControlRule } from './src/cache/cacheControl'
import { localeRedirects, localeRewrites } from './src/i18n/rewrites'
import { colorSchemeHintForAdminOnly, securityHeaders } from './src/security/headers'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/**
 * `npm run bench` builds its reference pages (`*.bench.tsx` under src/app/(bench*), tests/bench)
 * into a build of its own; every other build leaves them out, and they are not rewritten to a locale.
 */
const benchBuild = process.env.ENISHI_BENCH_BASELINES === '1'

const nextConfig: NextConfig = {
  // The browser-test runner builds into its own directory, so runs never share a build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  pageExtensions: benchBuild ? ['bench.tsx', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  // Where Next keeps pages and tagged data: the app's own store, which it can expire from a job
  // and, through Redis, in every server process (src/cache/handler.mjs, docs/deploy.md#caching).
  cacheHandler: path.join(process.cwd(), 'src/cache/handler.mjs'),
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
  // Profile photos (up to 5 MB, src/account/photoLimits.ts) are sent to a server action.
  experimental: { serverActions: { bodySizeLimit: '6mb' }, preloadEntriesOnStart: false },
  // Reads its VTIMEZONE files from its own folder at run time: bundling would lose them.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  poweredByHeader: false,
  // Next hashes every HTML body it sends for an ETag, in JavaScript: on a cached case study that
  // hash took about half the server's time per request (docs/performance.md). Public pages live
  // for seconds in a shared cache (src/cache/cacheControl.ts), so a 304 saves little.
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
    // No Cache-Control for pages: Next's own verdict decides who may keep a copy; the API, which
    // says nothing itself, is private (src/cache/cacheControl.ts).
    apiCacheControlRule(),
  ],
  // Japanese at `/`, English under `/en`: mapped onto the `[locale]` routes by the router (src/i18n/rewrites.ts).
  redirects: async () => localeRedirects(),
  rewrites: async () => ({ beforeFiles: localeRewrites(benchBuild ? ['bench-baseline'] : []), afterFiles: [], fallback: [] }),
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
