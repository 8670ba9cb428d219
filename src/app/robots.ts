import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/site'

/** Crawlers read the public site; the admin, the members area and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/members', '/en/members', '/api'] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
