/**
 * Admin view `/admin/import-interview` (registered in payload.config.ts): paste a transcript,
 * preview what was recognised, create a draft. Custom admin views are public in Payload, so
 * this one sends anyone but staff to the login page itself.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaff } from '@/access/roles'

import { ImportForm } from './ImportForm'
import { IMPORT_VIEW_PATH } from './paths'
import { strings, toLang } from './strings'

export const ImportView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { routes } = req.payload.config
  if (!req.user || !isStaff(req.user)) {
    redirect(`${routes.admin}/login?redirect=${encodeURIComponent(`${routes.admin}${IMPORT_VIEW_PATH}`)}`)
  }

  const lang = toLang(req.i18n.language)
  const t = strings(lang)
  const companies = await req.payload.find({
    collection: 'companies',
    depth: 0,
    limit: 500,
    sort: 'name',
    select: { name: true, slug: true },
    overrideAccess: false,
    user: req.user,
  })

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
        <ImportForm
          lang={lang}
          endpoint={`${routes.api}/interviews/import`}
          companies={companies.docs.map(({ name, slug }) => ({ name, slug }))}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
