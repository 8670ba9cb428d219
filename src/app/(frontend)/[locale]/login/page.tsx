import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClientMessages } from '@/i18n/ClientMessages'
import { FormAlert } from '@/components/forms/FormAlert'
import { afterSignInPath } from '@/auth/nextPath'
import { getViewer } from '@/auth/viewer'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { pageMetadata } from '@/seo/metadata'
import { redirectTo, sameSitePath } from '@/security/redirects'

import { LoginForm } from './LoginForm'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[]; notice?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'login' })
  return { ...pageMetadata({ locale, path: '/login', title: t('title'), description: t('lead') }), robots: { index: false } }
}

const NOTICES = { 'password-changed': 'passwordChanged', 'signed-out': 'signedOut' } as const

export default async function Login({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const query = await searchParams
  const t = await getTranslations({ locale, namespace: 'login' })
  const next = sameSitePath(Array.isArray(query.next) ? query.next[0] : query.next) ?? undefined
  // Already signed in: straight on to where the link was going.
  const viewer = await getViewer()
  if (viewer) redirectTo(afterSignInPath({ next, collection: viewer.collection, locale }), '/')
  const notice = query.notice && query.notice in NOTICES ? NOTICES[query.notice as keyof typeof NOTICES] : null
  return (
    <div className="mx-auto max-w-md px-5 py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
      {notice && (
        <div className="mt-6">
          <FormAlert tone="info">{t(notice)}</FormAlert>
        </div>
      )}
      <ClientMessages namespaces={['forms', 'login']}>
        <LoginForm locale={locale} next={next} />
      </ClientMessages>
      <ul className="mt-8 space-y-2 text-sm">
        <li>
          <Link href="/forgot-password" className="text-ai underline">
            {t('forgot')}
          </Link>
        </li>
        <li>
          {t('noAccount')}{' '}
          <Link href="/join" className="text-ai underline">
            {t('join')}
          </Link>
        </li>
      </ul>
    </div>
  )
}
