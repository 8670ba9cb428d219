import { cookies, draftMode } from 'next/headers'

import { PREVIEW_COOKIE } from '@/preview/grant'
import { redirectTo } from '@/security/redirects'

/** Leaves preview: draft mode off, token cookie gone, back to `?to=` if it stays on the site, else home. */
export async function GET(request: Request) {
  const to = new URL(request.url).searchParams.get('to')
  ;(await draftMode()).disable()
  ;(await cookies()).delete(PREVIEW_COOKIE)
  redirectTo(to, '/')
}
