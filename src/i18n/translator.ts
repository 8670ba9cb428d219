/**
 * The one translator for text rendered outside a page's request: mail (collection hooks, jobs,
 * the seed, tests), route handlers that answer with HTML, CSV exports and the staff views in
 * the Payload admin. Pages and their components use next-intl's getTranslations, which reads
 * the same messages (src/i18n/messages.ts) through the request config.
 */
import { createTranslator } from 'use-intl/core'

import { MESSAGES, type Namespace } from './messages'
import { isLocale, type Locale, routing } from './routing'

export type Values = Record<string, string | number>
export type Translate = (key: string, values?: Values) => string

export const translator = (locale: Locale, namespace: Namespace): Translate => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace })
  return (key, values) => (t as (key: string, values?: Values) => string)(key, values)
}

/**
 * `氏名 / Name`: a label in both languages, Japanese first, as the staff CSV headers show it
 * (one file for staff of either language); a label both languages spell alike (`ID`) once.
 */
export const bilingual = (namespace: Namespace, key: string): string =>
  [...new Set(routing.locales.map((locale) => translator(locale, namespace)(key)))].join(' / ')

/**
 * The language of the Payload admin (`req.i18n.language`, which admin components receive as
 * `i18n`): staff views speak it; anything the site has no messages for falls back to Japanese.
 */
export const adminLocale = (i18n: { language?: string } | undefined): Locale => {
  const language = i18n?.language
  return language && isLocale(language) ? language : routing.defaultLocale
}
