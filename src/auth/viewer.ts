import { headers } from 'next/headers'
import { cache } from 'react'

import { isApprovedAlumnus, isStaff } from '@/access'
import { payloadClient } from '@/data/payload'
import { redirect } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import type { Alumnus, User } from '@/payload-types'

export type Viewer = (Alumnus & { collection: 'alumni' }) | (User & { collection: 'users' })

/**
 * The signed-in person (alumnus or staff) from the request's Payload session cookie, once per
 * request. Only members pages call it: it reads cookies, which makes a page dynamic.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return (user as Viewer | null) ?? null
})

/** The viewer, or a redirect to the sign-in page that comes back to `path` afterwards. */
export const requireViewer = async (locale: Locale, path: string): Promise<Viewer> => {
  const viewer = await getViewer()
  if (!viewer) return redirect({ href: { pathname: '/login', query: { next: path } }, locale })
  return viewer
}

/**
 * An approved alumnus or staff member. Others are sent to sign in, or to `/members`, which
 * explains a pending, rejected or suspended account's status and shows nothing else.
 */
export const requireMember = async (locale: Locale, path: string): Promise<Viewer> => {
  const viewer = await requireViewer(locale, path)
  if (isStaff(viewer) || isApprovedAlumnus(viewer)) return viewer
  return redirect({ href: '/members', locale })
}
