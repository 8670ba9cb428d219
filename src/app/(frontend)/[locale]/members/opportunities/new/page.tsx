import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { PROBLEMS } from '@/components/collaboration/notice'
import { ClientMessages } from '@/i18n/ClientMessages'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { INDUSTRIES, OPPORTUNITY_KINDS } from '@/lib/options'

import { NewOpportunityForm } from './NewOpportunityForm'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'opportunities' })
  return { title: t('new'), robots: { index: false } }
}

/** Posting an opportunity: approved alumni and staff. The browser checks lengths; the collection checks everything, and a refused post keeps what was typed. */
export default async function NewOpportunityPage({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  await requireMember(locale, '/members/opportunities/new')
  const t = await getTranslations({ locale, namespace: 'opportunities' })
  return (
    <div className="max-w-2xl">
      <Link href="/members/opportunities" className="text-sm text-ai hover:underline">
        {t('back')}
      </Link>
      <h1 className="mt-4 text-3xl font-bold">{t('new')}</h1>
      <ClientMessages namespaces={['forms', 'errors']}>
        <NewOpportunityForm
          locale={locale}
          labels={{
            title: t('form.title'),
            kind: t('form.kind'),
            industry: t('form.industry'),
            industryNone: t('form.industryNone'),
            description: t('form.description'),
            descriptionHint: t('form.descriptionHint'),
            deadline: t('form.deadline'),
            contact: t('form.contact'),
            contactHint: t('form.contactHint'),
            submit: t('form.submit'),
          }}
          kinds={OPPORTUNITY_KINDS.map((k) => ({ value: k.value, label: t(`kinds.${k.value}`) }))}
          industries={INDUSTRIES.map((i) => ({ value: i.value, label: i.label[locale] }))}
          problems={Object.fromEntries(PROBLEMS.map((p) => [p, t(`errors.${p}`)]))}
        />
      </ClientMessages>
    </div>
  )
}
