'use client'

import { useTranslations } from 'next-intl'

import type { FieldError } from '@/text/rules'

/** A field or form error from a server action (a key of the `errors` messages and its values) as text. */
export const useErrorText = () => {
  const t = useTranslations('errors')
  return (error: FieldError | undefined): string | undefined => (error ? t(error.key, error.values) : undefined)
}
