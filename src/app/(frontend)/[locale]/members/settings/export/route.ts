import { payloadClient } from '@/data/payload'
import { isLocale, routing } from '@/i18n/routing'
import { exportFilename, exportMyData } from '@/account/export'

export const dynamic = 'force-dynamic'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

/**
 * GET /members/settings/export: the signed-in alumnus's data as a JSON download. A visitor (or
 * an expired session) is sent to the settings page, which asks them to sign in and returns
 * there; staff accounts have no member data to export.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: requested } = await params
  const locale = isLocale(requested) ? requested : routing.defaultLocale
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    // Relative, so the browser resolves it against the URL it asked for, in its language.
    return new Response(null, { status: 303, headers: { ...PRIVATE, Location: '../settings' } })
  }
  if (user.collection !== 'alumni') {
    return Response.json({ message: 'Only member accounts have data to export.' }, { status: 403, headers: PRIVATE })
  }
  const data = await exportMyData(payload, user, locale)
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      ...PRIVATE,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFilename()}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
