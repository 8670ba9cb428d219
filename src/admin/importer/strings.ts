/**
 * Labels of the import view in the admin's language, from the project's message files
 * (src/i18n/messages/{ja,en}/importer.json). The form and preview are client components: they
 * read this one file of each language rather than every message the translator of the staff
 * views (src/i18n/translator.ts) holds, which would ship all of them to the browser.
 */
import { createTranslator } from 'use-intl/core'

import en from '@/i18n/messages/en/importer.json'
import ja from '@/i18n/messages/ja/importer.json'
import type { Lang } from '@/importer/messages'

const MESSAGES = { ja, en }

type Plain = Omit<(typeof ja)['importer'], 'companyNotFound' | 'fileChosen' | 'lineNumber' | 'filledLinks'>

export type Strings = Plain & {
  companyNotFound: (hint: string) => string
  fileChosen: (name: string) => string
  lineNumber: (line: number) => string
  filledLinks: (count: number) => string
}

export const strings = (lang: Lang): Strings => {
  const messages = MESSAGES[lang]
  const t = createTranslator({ locale: lang, messages, namespace: 'importer' })
  return {
    ...messages.importer,
    companyNotFound: (hint) => t('companyNotFound', { hint }),
    fileChosen: (name) => t('fileChosen', { name }),
    lineNumber: (line) => t('lineNumber', { line }),
    filledLinks: (count) => t('filledLinks', { count }),
  }
}

/**
 * The admin's language as one of ours (Payload's i18n language code); like every staff view
 * (`adminLocale` in src/i18n/translator.ts), Japanese for a language the site has no messages in.
 */
export const toLang = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'ja')
