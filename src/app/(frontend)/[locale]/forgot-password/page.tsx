import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClientMessages } from '@/i18n/ClientMessages'
import { localeParam } from '@/i18n/params'
import { pageMetadata } from '@/seo/metadata'

import { ForgotPasswordForm } from './ForgotPasswordForm'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'forgotPassword' })
  return { ...pageMetadata({ locale, path: '/forgot-password', title: t('title'), description: t('lead') }), robots: { index: false } }
}

export default async function ForgotPassword({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'forgotPassword' })
  return (
    <div className="mx-auto max-w-md px-5 py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <ClientMessages namespaces={['forms', 'errors', 'forgotPassword']}>
        <ForgotPasswordForm />
      </ClientMessages>
    </div>
  )
}
