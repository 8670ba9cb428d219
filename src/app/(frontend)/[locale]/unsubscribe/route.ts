import { UNSUBSCRIBE_PATH } from '@/announcements/urls'
import { payloadClient } from '@/data/payload'
import { isLocale, type Locale, localizedPath, routing } from '@/i18n/routing'
import { unsubscribe, unsubscribeTarget } from '@/account/unsubscribe'
import { unsubscribePage, type UnsubscribeView } from '@/account/unsubscribePage'

export const dynamic = 'force-dynamic'

/** The token rides in the URL: keep the page out of caches, indexes and Referer headers. */
const HEADERS = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
}

type Context = { params: Promise<{ locale: string }> }

/** The URL's language; the proxy only lets known ones through, the default covers the rest. */
const localeOf = async ({ params }: Context): Promise<Locale> => {
  const { locale } = await params
  return isLocale(locale) ? locale : routing.defaultLocale
}

const html = (locale: Locale, view: UnsubscribeView, status = 200) =>
  new Response(unsubscribePage(locale, view), {
    status,
    headers: { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
  })

/**
 * GET /unsubscribe?token=…: the link in an announcement email. It only shows what would be
 * turned off, with a button: mail scanners and link previews follow links, and must not
 * unsubscribe anyone. A token that is not valid gets a 400 page.
 */
export async function GET(request: Request, context: Context) {
  const locale = await localeOf(context)
  const token = new URL(request.url).searchParams.get('token')
  const target = await unsubscribeTarget(await payloadClient(), token)
  if (!target) return html(locale, { kind: 'invalid' }, 400)
  if (!target.subscribed) return html(locale, { kind: 'alreadyOff', email: target.email, mail: target.kind })
  const action = `${localizedPath(UNSUBSCRIBE_PATH, locale)}?${new URLSearchParams({ token: token ?? '' })}`
  return html(locale, { kind: 'confirm', email: target.email, action, token: token ?? '', mail: target.kind })
}

/**
 * POST /unsubscribe: the page's button (a form with the token), or a mail client's RFC 8058
 * one-click request (token in the URL, body `List-Unsubscribe=One-Click`). Turns announcement
 * mail off; a bad token changes nothing and gets a 400.
 */
export async function POST(request: Request, context: Context) {
  const locale = await localeOf(context)
  const form = await request.formData().catch(() => null)
  const field = form?.get('token')
  const token = typeof field === 'string' && field ? field : new URL(request.url).searchParams.get('token')
  const oneClick = form?.get('List-Unsubscribe') === 'One-Click'
  const done = await unsubscribe(await payloadClient(), token)
  if (oneClick) {
    return new Response(done ? 'Unsubscribed.\n' : 'Invalid unsubscribe token.\n', {
      status: done ? 200 : 400,
      headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  if (!done) return html(locale, { kind: 'invalid' }, 400)
  return html(locale, { kind: 'done', email: done.email, mail: done.kind })
}
