import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { Notice } from '@/components/forms/Notice'
import { doneParam, problemParam } from '@/components/collaboration/notice'
import { buttonClass, controlClass, labelClass } from '@/components/forms/styles'
import { feedbackForm } from '@/data/feedback'
import { localeParam } from '@/i18n/params'
import type { Form } from '@/payload-types'

import { sendFeedbackAction } from './actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string; error?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'feedback' })
  return { title: t('title'), robots: { index: false } }
}

type FormField = NonNullable<Form['fields']>[number]

/**
 * Feedback to the network team: the form-builder form with the key "feedback", rendered from
 * its fields in the viewer's language (staff edit the questions in the admin). Members only.
 */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const viewer = await requireMember(locale, '/members/feedback')
  const [t, form, query] = await Promise.all([getTranslations({ locale, namespace: 'feedback' }), feedbackForm(viewer, locale), searchParams])
  if (!form) notFound()
  const done = doneParam(query.done, ['sent'] as const)
  const error = problemParam(query.error)
  const control = (field: FormField) => {
    if (!('name' in field) || !field.name) return null
    const name = `field:${field.name}`
    const label = ('label' in field && field.label) || field.name
    const required = 'required' in field ? Boolean(field.required) : false
    switch (field.blockType) {
      case 'select':
        return (
          <label key={field.id ?? field.name} className={labelClass}>
            {label}
            <select name={name} required={required} defaultValue="" className={controlClass}>
              <option value="" disabled>
                {t('choose')}
              </option>
              {(field.options ?? []).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        )
      case 'textarea':
        return (
          <label key={field.id ?? field.name} className={labelClass}>
            {label}
            <textarea name={name} required={required} maxLength={5000} rows={8} className={controlClass} />
          </label>
        )
      case 'checkbox':
        return (
          <label key={field.id ?? field.name} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value="yes" required={required} />
            {label}
          </label>
        )
      default:
        return (
          <label key={field.id ?? field.name} className={labelClass}>
            {label}
            <input type={field.blockType === 'email' ? 'email' : 'text'} name={name} required={required} maxLength={500} className={controlClass} />
          </label>
        )
    }
  }
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
      <Notice done={done ? t('sent') : null} error={error ? t(`errors.${error}`) : null} />
      <form action={sendFeedbackAction} className="mt-8 space-y-5">
        <input type="hidden" name="locale" value={locale} />
        {(form.fields ?? []).map(control)}
        <button type="submit" className={buttonClass}>
          {form.submitButtonLabel || t('send')}
        </button>
      </form>
    </div>
  )
}
