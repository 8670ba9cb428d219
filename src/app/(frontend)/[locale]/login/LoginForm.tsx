'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { FormAlert } from '@/components/forms/FormAlert'
import { RateLimitAlert } from '@/components/forms/RateLimitAlert'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { TextField } from '@/components/forms/fields'
import { useKeepValues } from '@/components/forms/useKeepValues'
import { usePermalink } from '@/components/forms/usePermalink'
import type { Locale } from '@/i18n/routing'

import { loginAction, type LoginState } from './actions'

export function LoginForm({ locale, next }: { locale: Locale; next?: string }) {
  const t = useTranslations('login')
  const [state, formAction, pending] = useActionState<LoginState, FormData>(loginAction, { status: 'idle' }, usePermalink({ pathname: '/login', query: { next } }))
  const { formRef, onSubmit } = useKeepValues(formAction, state)
  const failed = state.status === 'invalid' || state.status === 'unverified'
  const limited = state.status === 'limited'
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-8 space-y-5">
      {failed && (
        <FormAlert tone="error" id="login-error">
          {t(state.status)}
        </FormAlert>
      )}
      {limited && <RateLimitAlert retryAfter={state.retryAfter} />}
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="email"
        type="email"
        label={t('email')}
        required
        autoComplete="username"
        inputMode="email"
        defaultValue={failed || limited ? state.email : undefined}
        aria-describedby={failed ? 'login-error' : undefined}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        required
        autoComplete="current-password"
        aria-describedby={failed ? 'login-error' : undefined}
      />
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  )
}
