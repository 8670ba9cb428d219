import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { Notice } from '@/components/collaboration/Notice'
import { problemParam } from '@/components/collaboration/notice'
import { buttonClass, inputClass, labelClass } from '@/components/collaboration/styles'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { INDUSTRIES, OPPORTUNITY_KINDS } from '@/lib/options'

import { postOpportunityAction } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'opportunities' })
  return { title: t('new'), robots: { index: false } }
}

/** Posting an opportunity: approved alumni and staff. The browser checks lengths; the collection checks everything. */
export default async function NewOpportunityPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  await requireMember(locale, '/members/opportunities/new')
  const t = await getTranslations({ locale, namespace: 'opportunities' })
  const error = problemParam((await searchParams).error)
  return (
    <div className="max-w-2xl">
      <Link href="/members/opportunities" className="text-sm text-ai hover:underline">
        {t('back')}
      </Link>
      <h1 className="mt-4 text-3xl font-bold">{t('new')}</h1>
      <Notice error={error ? t(`errors.${error}`) : null} />
      <form action={postOpportunityAction} className="mt-8 space-y-5">
        <input type="hidden" name="locale" value={locale} />
        <label className={labelClass}>
          {t('form.title')}
          <input name="title" required maxLength={120} className={inputClass} />
        </label>
        <label className={labelClass}>
          {t('form.kind')}
          <select name="kind" required className={inputClass}>
            {OPPORTUNITY_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {t(`kinds.${k.value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t('form.industry')}
          <select name="industry" className={inputClass} defaultValue="">
            <option value="">{t('form.industryNone')}</option>
            {INDUSTRIES.map((i) => (
              <option key={i.value} value={i.value}>
                {i.label[locale]}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t('form.description')}
          <textarea name="description" required maxLength={4000} rows={8} className={inputClass} aria-describedby="description-hint" />
          <span id="description-hint" className="mt-1 block text-xs font-normal text-muted">
            {t('form.descriptionHint')}
          </span>
        </label>
        <label className={labelClass}>
          {t('form.deadline')}
          <input type="date" name="deadline" className={inputClass} />
        </label>
        <label className={labelClass}>
          {t('form.contact')}
          <input name="contact" required maxLength={300} className={inputClass} aria-describedby="contact-hint" />
          <span id="contact-hint" className="mt-1 block text-xs font-normal text-muted">
            {t('form.contactHint')}
          </span>
        </label>
        <button type="submit" className={buttonClass}>
          {t('form.submit')}
        </button>
      </form>
    </div>
  )
}
