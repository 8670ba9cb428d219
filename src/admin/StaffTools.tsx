import type { Payload } from 'payload'

import { NETWORK_VIEW_PATH } from './dashboard/paths'
import { ROSTER_IMPORT_PATH } from './roster/paths'

const TEXT = {
  ja: { network: 'ネットワークダッシュボード', roster: '名簿をCSVで取り込む', members: '会員をCSVで書き出す' },
  en: { network: 'Network dashboard', roster: 'Import the roster from CSV', members: 'Export members as CSV' },
}

/** Links to the staff tools that live outside the collections, at the top of the admin dashboard. */
export function StaffTools({ payload, i18n }: { payload: Payload; i18n?: { language?: string } }) {
  const text = i18n?.language === 'en' ? TEXT.en : TEXT.ja
  const { admin, api } = payload.config.routes
  const link = { textDecoration: 'underline', marginRight: 24 }
  return (
    <nav aria-label={text.network} style={{ margin: '0 0 24px', fontSize: 15 }}>
      <a href={`${admin}${NETWORK_VIEW_PATH}`} style={link}>
        {text.network}
      </a>
      <a href={`${admin}${ROSTER_IMPORT_PATH}`} style={link}>
        {text.roster}
      </a>
      <a href={`${api}/alumni/export.csv`} style={link}>
        {text.members}
      </a>
    </nav>
  )
}
