import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClientMessages } from '@/i18n/ClientMessages'
import { payloadClient } from '@/data/payload'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { findResetRecipient } from '@/auth/resetPassword'

import { ResetPasswordForm } from './ResetPasswordForm'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'resetPassword' })
  // The token is in the URL: keep it out of indexes and other sites' logs.
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' }
}

export default async function ResetPassword({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const raw = (await searchParams).token
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  const [t, recipient] = await Promise.all([
    getTranslations({ locale, namespace: 'resetPassword' }),
    payloadClient().then((payload) => findResetRecipient(payload, token)),
  ])
  return (
    <div className="mx-auto max-w-md px-5 py-14">
      {recipient ? (
        <>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-3 text-muted">{t('lead')}</p>
          <ClientMessages namespaces={['forms', 'errors', 'passwordRules', 'resetPassword']}>
            <ResetPasswordForm token={token} locale={locale} email={recipient.email} />
          </ClientMessages>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold">{t('invalidTitle')}</h1>
          <p className="mt-3">{t('invalidBody')}</p>
          <p className="mt-6">
            <Link href="/forgot-password" className="text-ai underline">
              {t('requestAgain')}
            </Link>
          </p>
        </>
      )}
    </div>
  )
}
