import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'accountDeleted' })
  return { title: t('title'), robots: { index: false } }
}

/** Where "delete my account" ends. Static: it knows nothing about the person, who is gone. */
export default async function AccountDeletedPage({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'accountDeleted' })
  return (
    <div className="mx-auto max-w-xl px-5 py-20 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p role="status" className="mt-5 text-muted">
        {t('body')}
      </p>
      <Link href="/" className="mt-8 inline-block text-ai underline">
        {t('home')}
      </Link>
    </div>
  )
}
