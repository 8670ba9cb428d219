'use client'

import { useTranslations } from 'next-intl'

import type { FieldError } from '@/members/formState'

/** A field or form error from a server action (a message key and its values) as text. */
export const useErrorText = () => {
  const t = useTranslations('memberForms.errors')
  return (error: FieldError | undefined): string | undefined => (error ? t(error.key, error.values) : undefined)
}
