/**
 * Admin view `/admin/roster-import` (registered in payload.config.ts): CSV → preview with
 * per-row errors → import in batches with progress → summary and invitations, in the admin's
 * language. Custom admin views are public in Payload, so this one sends anyone but staff to the
 * login page.
 */
import type { AdminViewServerProps } from 'payload'

import { requireStaff, StaffPage } from '@/admin/StaffPage'
import { ClientMessages } from '@/i18n/ClientMessages'
import { adminLocale, translator } from '@/i18n/translator'
import { IMPORT_BATCH } from '@/roster/endpoints'

import { ROSTER_IMPORT_PATH } from './paths'
import { RosterImport } from './RosterImport'

export const RosterImportView = async (props: AdminViewServerProps) => {
  const req = requireStaff(props, ROSTER_IMPORT_PATH)
  const { routes } = req.payload.config
  const locale = adminLocale(req.i18n)
  const t = translator(locale, 'rosterImport')
  return (
    <StaffPage props={props} title={t('title')} intro={t('intro')}>
      <ClientMessages locale={locale} namespaces={['rosterImport', 'csvColumns']}>
        <RosterImport api={`${routes.api}/roster`} rosterUrl={`${routes.admin}/collections/roster`} batch={IMPORT_BATCH} />
      </ClientMessages>
    </StaffPage>
  )
}
