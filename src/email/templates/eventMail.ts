import { createTranslator } from 'use-intl/core'

import { eventPath } from '@/events/links'
import enEvents from '@/i18n/messages/en/events.json'
import jaEvents from '@/i18n/messages/ja/events.json'
import type { Locale } from '@/i18n/routing'
import { formatEventRange } from '@/lib/format'
import { absoluteUrl } from '@/lib/site'
import type { Event } from '@/payload-types'

import { bilingualEmail, type Email } from './layout'

const MESSAGES = { ja: jaEvents, en: enEvents }

/** An event in both languages, as the mail needs it. */
export type MailEvent = Record<Locale, Pick<Event, 'title' | 'slug' | 'audience' | 'startsAt' | 'startsAt_tz' | 'endsAt' | 'venue'>>

/**
 * "Your place is confirmed" (moved up from the waiting list) and "tomorrow" reminders. Bilingual
 * like every member mail (alumni choose no language), each part in its language's wording,
 * date format and event URL.
 */
export const eventEmail = (kind: 'promoted' | 'reminder', event: MailEvent, name?: string | null): Email =>
  bilingualEmail((locale) => {
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'eventEmails' })
    const doc = event[locale]
    const zone = doc.startsAt_tz || 'Asia/Tokyo'
    const where = [doc.venue?.name, doc.venue?.address].filter(Boolean).join(' ') || t('online')
    return {
      subject: t(`${kind}.subject`, { title: doc.title }),
      blocks: [
        { kind: 'p', text: t(`${kind}.body`, { title: doc.title }) },
        {
          kind: 'p',
          text: [t(`${kind}.when`, { when: formatEventRange(doc.startsAt, doc.endsAt, locale, zone) }), t(`${kind}.where`, { where })].join('\n'),
        },
        ...(kind === 'reminder' ? [{ kind: 'p' as const, text: t('reminder.online') }] : []),
        { kind: 'action', label: t(`${kind}.action`), url: absoluteUrl(eventPath(doc), locale) },
        { kind: 'p', text: t(`${kind}.cancelNote`) },
      ],
    }
  }, name)
