/**
 * Admin view `/admin/roster-import` (registered in payload.config.ts): CSV → preview with
 * per-row errors → import in batches with progress → summary and invitations. Custom admin views
 * are public in Payload, so this one sends anyone but staff to the login page.
 */
import type { AdminViewServerProps } from 'payload'

import { requireStaff, StaffPage } from '@/admin/StaffPage'
import { IMPORT_BATCH } from '@/roster/endpoints'

import { ROSTER_IMPORT_PATH } from './paths'
import { RosterImport } from './RosterImport'
import { strings, toLang } from './strings'

export const RosterImportView = async (props: AdminViewServerProps) => {
  const req = requireStaff(props, ROSTER_IMPORT_PATH)
  const { routes } = req.payload.config
  const lang = toLang(req.i18n.language)
  const t = strings(lang)
  return (
    <StaffPage props={props} title={t.title} intro={t.intro}>
      <RosterImport lang={lang} api={`${routes.api}/roster`} rosterUrl={`${routes.admin}/collections/roster`} batch={IMPORT_BATCH} />
    </StaffPage>
  )
}
