import { type AbstractIntlMessages, createTranslator } from 'use-intl/core'

import en from '@/i18n/messages/en/announcements.json'
import ja from '@/i18n/messages/ja/announcements.json'
import type { Locale } from '@/i18n/routing'

const MESSAGES: Record<Locale, AbstractIntlMessages> = { ja, en }

type Values = Record<string, string | number>
export type Translate = (key: string, values?: Values) => string

/**
 * One namespace of announcements.json, outside a Next page: the mail job and the unsubscribe
 * route render text with no next-intl request behind them.
 */
export const announcementStrings = (locale: Locale, namespace: 'announcementEmail' | 'unsubscribe' | 'unsubscribeDigest'): Translate => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace })
  return (key, values) => (t as (key: string, values?: Values) => string)(key, values)
}
