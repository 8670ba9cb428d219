/**
 * Admin view `/admin/roster-import` (registered in payload.config.ts): CSV → preview with
 * per-row errors → import in batches with progress → summary and invitations. Custom admin views
 * are public in Payload, so this one sends anyone but staff to the login page.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaff } from '@/access/roles'
import { IMPORT_BATCH } from '@/roster/endpoints'

import { ROSTER_IMPORT_PATH } from './paths'
import { RosterImport } from './RosterImport'
import { strings, toLang } from './strings'

export const RosterImportView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { routes } = req.payload.config
  if (!req.user || !isStaff(req.user)) {
    redirect(`${routes.admin}/login?redirect=${encodeURIComponent(`${routes.admin}${ROSTER_IMPORT_PATH}`)}`)
  }
  const lang = toLang(req.i18n.language)
  const t = strings(lang)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 1.5) 0 calc(var(--base) * 0.5)' }}>{t.title}</h1>
        <p style={{ maxWidth: '60rem', color: 'var(--theme-elevation-650)' }}>{t.intro}</p>
        <RosterImport lang={lang} api={`${routes.api}/roster`} rosterUrl={`${routes.admin}/collections/roster`} batch={IMPORT_BATCH} />
      </Gutter>
    </DefaultTemplate>
  )
}
