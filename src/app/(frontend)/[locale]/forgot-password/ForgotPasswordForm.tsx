'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { RateLimitAlert } from '@/components/forms/RateLimitAlert'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { TextField } from '@/components/forms/fields'
import { useErrorText } from '@/components/forms/useErrorText'
import { useKeepValues } from '@/components/forms/useKeepValues'
import { usePermalink } from '@/components/forms/usePermalink'
import { Link } from '@/i18n/clientNavigation'

import { forgotPasswordAction, type ForgotState } from './actions'

export function ForgotPasswordForm() {
  const t = useTranslations('forgotPassword')
  const errorText = useErrorText()
  const [state, formAction, pending] = useActionState<ForgotState, FormData>(forgotPasswordAction, { status: 'idle' }, usePermalink('/forgot-password'))
  const { formRef, onSubmit } = useKeepValues(formAction, state)
  if (state.status === 'sent') {
    return (
      <section role="status" className="mt-6 rounded-xl border border-line bg-white p-6">
        <h2 className="text-lg font-bold">{t('sentTitle')}</h2>
        <p className="mt-2">{t('sentBody')}</p>
        <p className="mt-4 text-sm">
          <Link href="/login" className="text-ai underline">
            {t('backToLogin')}
          </Link>
        </p>
      </section>
    )
  }
  return (
    <>
      <p className="mt-3 text-muted">{t('lead')}</p>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-8 space-y-5">
        {state.status === 'limited' && <RateLimitAlert retryAfter={state.retryAfter} />}
        <TextField
          name="email"
          type="email"
          label={t('email')}
          required
          autoComplete="email"
          inputMode="email"
          defaultValue={state.status === 'invalid' || state.status === 'limited' ? state.email : undefined}
          error={state.status === 'invalid' ? errorText(state.error) : undefined}
        />
        <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
      </form>
    </>
  )
}
