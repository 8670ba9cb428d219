/**
 * Admin view `/admin/import-interview` (registered in payload.config.ts): paste a transcript,
 * preview what was recognised, create a draft. Custom admin views are public in Payload, so
 * this one sends anyone but staff to the login page itself.
 */
import type { AdminViewServerProps } from 'payload'

import { requireStaff, StaffPage } from '@/admin/StaffPage'

import { ImportForm } from './ImportForm'
import { IMPORT_VIEW_PATH } from './paths'
import { strings, toLang } from './strings'

export const ImportView = async (props: AdminViewServerProps) => {
  const req = requireStaff(props, IMPORT_VIEW_PATH)
  const { routes } = req.payload.config

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
    <StaffPage props={props} title={t.title} intro={t.intro}>
      <ImportForm
        lang={lang}
        endpoint={`${routes.api}/interviews/import`}
        companies={companies.docs.map(({ name, slug }) => ({ name, slug }))}
      />
    </StaffPage>
  )
}
