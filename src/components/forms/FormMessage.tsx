'use client'

import { useTranslations } from 'next-intl'

import type { FormStatus } from '@/account/formState'
import type { FieldError, FieldErrors } from '@/text/rules'

import { useErrorText } from './useErrorText'

/**
 * The answer to a submission, next to the button: saved, or how many fields need attention, or
 * why the whole form failed. A live region, so screen readers announce it; focusable, so the
 * form can move focus to it after a save.
 */
export function FormMessage({
  state,
  saved,
}: {
  state: { status: FormStatus; errors?: FieldErrors; formError?: FieldError }
  saved: string
}) {
  const t = useTranslations('forms')
  const errorText = useErrorText()
  const count = Object.keys(state.errors ?? {}).length
  const text =
    state.status === 'saved'
      ? saved
      : state.formError
        ? errorText(state.formError)
        : state.status === 'invalid' && count > 0
          ? t('fixErrors', { count })
          : null
  const error = state.status === 'invalid' || state.status === 'failed'
  return (
    <p
      role={error ? 'alert' : 'status'}
      tabIndex={-1}
      data-form-message
      className={text ? `text-sm font-semibold ${error ? 'text-shu' : 'text-ai-dark'}` : 'sr-only'}
    >
      {text}
    </p>
  )
}
