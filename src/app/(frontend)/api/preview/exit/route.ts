import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { PREVIEW_COOKIE } from '@/preview/grant'

/** Leaves preview: draft mode off, token cookie gone, back to the page (a path on this site only). */
export async function GET(request: Request) {
  const to = new URL(request.url).searchParams.get('to') ?? '/'
  ;(await draftMode()).disable()
  ;(await cookies()).delete(PREVIEW_COOKIE)
  redirect(/^\/(?![/\\])/.test(to) ? to : '/')
}
