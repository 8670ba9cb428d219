import type { Locale } from '@/i18n/routing'
import { translator } from '@/i18n/translator'

import { bilingualEmail, type Email } from './layout'

/**
 * An event as the mail shows it, in each language: its title, when (already formatted in the
 * event's zone), where (no venue: online) and the link to its page.
 */
export type MailEvent = Record<Locale, { title: string; when: string; where?: string; url: string }>

/**
 * "Your place is confirmed" (moved up from the waiting list) and "tomorrow" reminders. Bilingual
 * like every member mail (alumni choose no language), each part in its language's wording,
 * date format and event URL.
 */
export const eventEmail = (kind: 'promoted' | 'reminder', event: MailEvent, name?: string | null): Email =>
  bilingualEmail((locale) => {
    const t = translator(locale, 'eventEmails')
    const doc = event[locale]
    return {
      subject: t(`${kind}.subject`, { title: doc.title }),
      blocks: [
        { kind: 'p', text: t(`${kind}.body`, { title: doc.title }) },
        {
          kind: 'p',
          text: [t(`${kind}.when`, { when: doc.when }), t(`${kind}.where`, { where: doc.where || t('online') })].join('\n'),
        },
        ...(kind === 'reminder' ? [{ kind: 'p' as const, text: t('reminder.online') }] : []),
        { kind: 'action', label: t(`${kind}.action`), url: doc.url },
        { kind: 'p', text: t(`${kind}.cancelNote`) },
      ],
    }
  }, name)
