/**
 * The shell of our own admin views (network dashboard, roster import, interview import): custom
 * admin views are public in Payload, so anyone but staff is sent to the login page and back; staff
 * get the admin's own template with a title and an introduction above the view.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { isStaff } from '@/access/roles'
import { redirectTo } from '@/security/redirects'

/** The request of a staff member on `path` (under the admin route), or a redirect to the login. */
export const requireStaff = ({ initPageResult }: AdminViewServerProps, path: string): PayloadRequest => {
  const { req } = initPageResult
  const { admin } = req.payload.config.routes
  if (!req.user || !isStaff(req.user)) redirectTo(`${admin}/login?redirect=${encodeURIComponent(`${admin}${path}`)}`, `${admin}/login`)
  return req
}

export const StaffPage = ({
  props: { initPageResult, params, searchParams },
  title,
  intro,
  children,
}: {
  props: AdminViewServerProps
  title: string
  intro: string
  children: React.ReactNode
}) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 calc(var(--base) * 0.5)' }}>{title}</h1>
        <p style={{ maxWidth: '60rem', color: 'var(--theme-elevation-650)' }}>{intro}</p>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
