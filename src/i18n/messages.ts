/**
 * Every message file of both languages, merged per language: each file holds its own top-level
 * namespaces (docs/architecture.md). One list, read by the pages' request config and by the
 * translator that mail, route handlers and the staff views use outside a page.
 */
import enAccount from './messages/en/account.json'
import enAnnouncements from './messages/en/announcements.json'
import enCollaboration from './messages/en/collaboration.json'
import enCommon from './messages/en/common.json'
import enCompanies from './messages/en/companies.json'
import enDirectory from './messages/en/directory.json'
import enEvents from './messages/en/events.json'
import enForms from './messages/en/forms.json'
import enImporter from './messages/en/importer.json'
import enPreview from './messages/en/preview.json'
import enProfile from './messages/en/profile.json'
import enSearch from './messages/en/search.json'
import enStaff from './messages/en/staff.json'
import jaAccount from './messages/ja/account.json'
import jaAnnouncements from './messages/ja/announcements.json'
import jaCollaboration from './messages/ja/collaboration.json'
import jaCommon from './messages/ja/common.json'
import jaCompanies from './messages/ja/companies.json'
import jaDirectory from './messages/ja/directory.json'
import jaEvents from './messages/ja/events.json'
import jaForms from './messages/ja/forms.json'
import jaImporter from './messages/ja/importer.json'
import jaPreview from './messages/ja/preview.json'
import jaProfile from './messages/ja/profile.json'
import jaSearch from './messages/ja/search.json'
import jaStaff from './messages/ja/staff.json'
import type { Locale } from './routing'

const ja = {
  ...jaCommon,
  ...jaForms,
  ...jaAccount,
  ...jaDirectory,
  ...jaProfile,
  ...jaSearch,
  ...jaPreview,
  ...jaCompanies,
  ...jaAnnouncements,
  ...jaEvents,
  ...jaCollaboration,
  ...jaStaff,
  ...jaImporter,
}

const en = {
  ...enCommon,
  ...enForms,
  ...enAccount,
  ...enDirectory,
  ...enProfile,
  ...enSearch,
  ...enPreview,
  ...enCompanies,
  ...enAnnouncements,
  ...enEvents,
  ...enCollaboration,
  ...enStaff,
  ...enImporter,
}

/** Japanese is the reference: an English file missing a namespace fails the type check. */
export type Messages = typeof ja
export type Namespace = keyof Messages

export const MESSAGES: Record<Locale, Messages> = { ja, en }
