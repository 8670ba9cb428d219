'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { PASSWORD_MIN_LENGTH } from '@/auth/password'
import { FormAlert } from '@/components/forms/FormAlert'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { TextField } from '@/components/forms/fields'
import { useErrorText } from '@/components/forms/useErrorText'
import { useKeepValues } from '@/components/forms/useKeepValues'
import { usePermalink } from '@/components/forms/usePermalink'
import { Link } from '@/i18n/clientNavigation'
import type { Locale } from '@/i18n/routing'

import { resetPasswordAction, type ResetState } from './actions'

export function ResetPasswordForm({ token, locale, email }: { token: string; locale: Locale; email: string }) {
  const t = useTranslations('resetPassword')
  const rules = useTranslations('passwordRules')
  const errorText = useErrorText()
  const [state, formAction, pending] = useActionState<ResetState, FormData>(resetPasswordAction, { status: 'idle' }, usePermalink({ pathname: '/reset-password', query: { token } }))
  const { formRef, onSubmit } = useKeepValues(formAction, state)
  const errors = state.status === 'invalid' ? state.errors : {}
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-8 space-y-5">
      {state.status === 'expired' && (
        <FormAlert tone="error">
          {t('invalidBody')}{' '}
          <Link href="/forgot-password" className="underline">
            {t('requestAgain')}
          </Link>
        </FormAlert>
      )}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        hint={rules('hint', { min: PASSWORD_MIN_LENGTH })}
        required
        minLength={PASSWORD_MIN_LENGTH}
        autoComplete="new-password"
        error={errorText(errors.password)}
      />
      <TextField name="confirm" type="password" label={t('confirm')} required autoComplete="new-password" error={errorText(errors.confirm)} />
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  )
}
