'use client'

import { useTranslations } from 'next-intl'

import type { FieldError } from '@/membership/registrationForm'

/** Turns a field error from a server action (a key of `errors` and its values) into text. */
export const useErrorText = () => {
  const t = useTranslations('errors')
  return (error: FieldError | undefined): string | undefined => (error ? t(error.key, error.values) : undefined)
}
