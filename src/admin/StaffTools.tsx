import type { Payload } from 'payload'

import { adminLocale, translator } from '@/i18n/translator'

import { NETWORK_VIEW_PATH } from './dashboard/paths'
import { ROSTER_IMPORT_PATH } from './roster/paths'

/** Links to the staff tools that live outside the collections, at the top of the admin dashboard. */
export function StaffTools({ payload, i18n }: { payload: Payload; i18n?: { language?: string } }) {
  const t = translator(adminLocale(i18n), 'staffTools')
  const { admin, api } = payload.config.routes
  const link = { textDecoration: 'underline', marginRight: 24 }
  return (
    <nav aria-label={t('network')} style={{ margin: '0 0 24px', fontSize: 15 }}>
      <a href={`${admin}${NETWORK_VIEW_PATH}`} style={link}>
        {t('network')}
      </a>
      <a href={`${admin}${ROSTER_IMPORT_PATH}`} style={link}>
        {t('roster')}
      </a>
      <a href={`${api}/alumni/export.csv`} style={link}>
        {t('members')}
      </a>
    </nav>
  )
}
