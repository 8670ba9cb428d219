'use client'

import { useLocale, useTranslations } from 'next-intl'
import { type ReactNode, useActionState } from 'react'

import { FormAlert } from '@/components/forms/FormAlert'
import { RateLimitAlert } from '@/components/forms/RateLimitAlert'
import { SubmitButton } from '@/components/forms/SubmitButton'
import { TextField } from '@/components/forms/fields'
import { useErrorText } from '@/components/forms/useErrorText'
import { useKeepValues } from '@/components/forms/useKeepValues'
import { usePermalink } from '@/components/forms/usePermalink'
import { PASSWORD_MIN_LENGTH } from '@/auth/password'
import { Link } from '@/i18n/clientNavigation'
import type { RegistrationField } from '@/join/form'

import { joinAction, type JoinState } from './actions'

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-line bg-white p-6">
      <legend className="px-2 text-base font-bold">{title}</legend>
      {hint && <p className="-mt-1 mb-4 text-sm text-muted">{hint}</p>}
      <div className="grid gap-5 sm:grid-cols-2">{children}</div>
    </fieldset>
  )
}

/** `initial`: values to start with, e.g. from a roster invitation's link (never the password). */
export function JoinForm({ initial = {} }: { initial?: Partial<Record<RegistrationField, string>> }) {
  const t = useTranslations('join')
  const tf = useTranslations('forms')
  const rules = useTranslations('passwordRules')
  const errorText = useErrorText()
  const locale = useLocale()
  const [state, formAction, pending] = useActionState<JoinState, FormData>(joinAction, { status: 'idle' }, usePermalink('/join'))
  const { formRef, onSubmit } = useKeepValues(formAction, state)

  if (state.status === 'sent') {
    return (
      <section aria-labelledby="join-sent" className="mt-10 rounded-xl border border-line bg-white p-8" role="status">
        <h2 id="join-sent" className="text-xl font-bold">
          {t('sentTitle')}
        </h2>
        <p className="mt-3">{t('sentBody', { email: state.email })}</p>
        <p className="mt-3">{t('sentNext')}</p>
        <p className="mt-3 text-sm text-muted">{t('sentNoMail')}</p>
      </section>
    )
  }

  const errors = state.status === 'idle' ? {} : state.errors
  const values = state.status === 'idle' ? initial : state.values
  const field = (name: RegistrationField) => ({
    name,
    defaultValue: values[name],
    error: errorText(errors[name]),
  })

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-10 space-y-8">
      {/* The page's language becomes the language of the member's mail. */}
      <input type="hidden" name="locale" value={locale} />
      {state.status === 'invalid' && <FormAlert tone="error">{tf('errorSummary')}</FormAlert>}
      {state.status === 'failed' && <FormAlert tone="error">{tf('failed')}</FormAlert>}
      {state.status === 'limited' && <RateLimitAlert retryAfter={state.retryAfter} />}

      <Section title={t('sectionYou')}>
        <TextField {...field('name')} label={t('name')} hint={t('nameHint')} required autoComplete="name" className="sm:col-span-2" />
        <TextField {...field('nameKana')} label={t('nameKana')} hint={t('nameKanaHint')} required />
        <TextField {...field('nameRomaji')} label={t('nameRomaji')} hint={t('nameRomajiHint')} lang="en" />
        <TextField {...field('birthYear')} label={t('birthYear')} hint={t('birthYearHint')} inputMode="numeric" pattern="[0-9０-９]{4}" autoComplete="bday-year" />
      </Section>

      <Section title={t('sectionAccount')}>
        <TextField {...field('email')} type="email" label={t('email')} hint={t('emailHint')} required autoComplete="email" inputMode="email" className="sm:col-span-2" />
        <TextField
          {...field('password')}
          defaultValue={undefined}
          type="password"
          label={t('password')}
          hint={rules('hint', { min: PASSWORD_MIN_LENGTH })}
          required
          minLength={PASSWORD_MIN_LENGTH}
          autoComplete="new-password"
          className="sm:col-span-2"
        />
      </Section>

      <Section title={t('sectionCompany')} hint={t('sectionCompanyHint')}>
        <TextField {...field('joinedYear')} label={t('joinedYear')} required inputMode="numeric" pattern="[0-9０-９]{4}" />
        <TextField {...field('leftYear')} label={t('leftYear')} required inputMode="numeric" pattern="[0-9０-９]{4}" />
        <TextField {...field('lastDepartment')} label={t('lastDepartment')} required />
        <TextField {...field('employeeNumber')} label={t('employeeNumber')} hint={t('employeeNumberHint')} autoComplete="off" />
      </Section>

      <Section title={t('sectionNow')}>
        <TextField {...field('currentOrganization')} label={t('currentOrganization')} hint={t('currentOrganizationHint')} autoComplete="organization" />
        <TextField {...field('title')} label={t('jobTitle')} autoComplete="organization-title" />
      </Section>

      <div>
        <div className="flex items-start gap-3">
          <input
            id="field-consent"
            name="consent"
            type="checkbox"
            required
            defaultChecked={values.consent === 'on'}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? 'field-consent-error' : undefined}
            className="mt-1.5 size-5 accent-ai"
          />
          <label htmlFor="field-consent">
            {t.rich('consent', {
              link: (chunks) => (
                <Link href="/privacy" target="_blank" className="text-ai underline">
                  {chunks}
                </Link>
              ),
            })}{' '}
            <span className="text-xs text-shu">{tf('required')}</span>
          </label>
        </div>
        {errors.consent && (
          <p id="field-consent-error" className="mt-1 text-sm font-semibold text-shu">
            {errorText(errors.consent)}
          </p>
        )}
      </div>

      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  )
}
