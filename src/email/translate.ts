import { type AbstractIntlMessages, createTranslator } from 'use-intl/core'

import enAccount from '@/i18n/messages/en/account.json'
import jaAccount from '@/i18n/messages/ja/account.json'
import type { Locale } from '@/i18n/routing'

const MESSAGES: Record<Locale, AbstractIntlMessages> = { ja: jaAccount, en: enAccount }

/**
 * The `emails` strings of account.json for one language. Mail is rendered outside a Next
 * request (collection hooks, the seed, tests), so this uses next-intl's core translator
 * rather than getTranslations.
 */
export const emailTranslator = (locale: Locale): EmailTranslator => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'emails' })
  return (key, values) => (t as (key: string, values?: Values) => string)(key, values)
}

type Values = Record<string, string | number>

export type EmailTranslator = (key: string, values?: Values) => string
