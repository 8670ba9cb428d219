import { translator } from '@/i18n/translator'
import type { Locale } from '@/i18n/routing'

import { type Block, type Email, singleLanguageEmail } from './layout'

/**
 * A new announcement, in the recipient's language: its title as the subject, its summary, a
 * link to read it and, as RFC 8058 asks, the unsubscribe link in the body too (the headers
 * carry it for one-click unsubscribing in mail clients).
 */
export const announcementEmail = ({
  locale,
  name,
  title,
  summary,
  membersOnly,
  url,
  unsubscribeUrl,
}: {
  locale: Locale
  name?: string | null
  title: string
  summary?: string | null
  membersOnly: boolean
  url: string
  unsubscribeUrl: string
}): Email =>
  singleLanguageEmail(
    locale,
    () => {
      const t = translator(locale, 'announcementEmail')
      const blocks: Block[] = [
        { kind: 'p', text: t('intro') },
        { kind: 'quote', label: title, text: summary?.trim() || title },
        ...(membersOnly ? [{ kind: 'p' as const, text: t('membersOnly') }] : []),
        { kind: 'action', label: t('action'), url },
        { kind: 'note', text: t('unsubscribe'), url: unsubscribeUrl },
      ]
      return { subject: t('subject', { title }), blocks }
    },
    name,
  )
