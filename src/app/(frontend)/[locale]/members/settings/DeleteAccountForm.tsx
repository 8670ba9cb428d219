'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'

import { TextField } from '@/components/forms/fields'
import { FormMessage } from '@/components/forms/FormMessage'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { useErrorText } from '@/components/forms/useErrorText'
import { useKeepValues } from '@/components/forms/useKeepValues'
import { usePermalink } from '@/components/forms/usePermalink'
import type { Locale } from '@/i18n/routing'
import type { DeleteState } from '@/account/deleteAccount'

import { deleteAccountAction } from './actions'

/** Re-enter the password, then everything is erased; on success the action redirects away. */
export function DeleteAccountForm({ locale }: { locale: Locale }) {
  const t = useTranslations('settings.delete')
  const errorText = useErrorText()
  const [state, formAction, pending] = useActionState<DeleteState, FormData>(deleteAccountAction, { status: 'idle', errors: {} }, usePermalink('/members/settings'))
  const { formRef, onSubmit } = useKeepValues(formAction, state)
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        hint={t('passwordHint')}
        required
        autoComplete="current-password"
        error={errorText(state.errors.password)}
        className="max-w-sm"
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} tone="danger">
          {t('submit')}
        </SubmitButton>
        {state.formError && <FormMessage state={state} saved="" />}
      </div>
    </form>
  )
}
