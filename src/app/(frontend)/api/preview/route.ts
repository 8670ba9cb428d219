import { cookies, draftMode } from 'next/headers'

import { payloadClient } from '@/data/payload'
import { isLocale, localizedPath, routing } from '@/i18n/routing'
import { siteUrl } from '@/lib/site'
import { PREVIEW_COOKIE } from '@/preview/grant'
import { type PreviewCollection, verifyPreviewToken } from '@/preview/token'
import { redirectTo } from '@/security/redirects'

/** Where each previewable collection's documents live on the site. */
const PAGE: Record<PreviewCollection, (slug: string) => string> = {
  interviews: (slug) => `/case-studies/${slug}`,
}

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

/**
 * Opens a draft from a signed preview link (admin live preview, "Preview" button, a shared
 * link): checks the token, turns on Next's draft mode, remembers the token in a cookie for
 * the page to check, and redirects to the document's page.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const token = params.get('token')
  const grant = verifyPreviewToken(token)
  if (!token || !grant) {
    return refuse(403, 'このプレビューリンクは無効か、期限が切れています。\nThis preview link is invalid or has expired.')
  }
  const requested = params.get('locale') ?? ''
  const locale = isLocale(requested) ? requested : routing.defaultLocale

  const payload = await payloadClient()
  const doc = await payload.findByID({
    collection: grant.collection,
    id: grant.id,
    draft: true,
    overrideAccess: true,
    select: { slug: true },
    disableErrors: true,
  })
  if (!doc?.slug) return refuse(404, 'この下書きは見つかりません。\nThis draft no longer exists.')

  ;(await draftMode()).enable()
  ;(await cookies()).set(PREVIEW_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: siteUrl().startsWith('https:'),
    path: '/',
    expires: new Date(grant.expires * 1000),
  })
  redirectTo(localizedPath(PAGE[grant.collection](doc.slug), locale), localizedPath('/', locale))
}
