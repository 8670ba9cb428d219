import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClientMessages } from '@/i18n/ClientMessages'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { pageMetadata } from '@/seo/metadata'
import { payloadClient } from '@/data/payload'
import { invitationPrefill } from '@/roster/invitationPrefill'

import { JoinForm } from './JoinForm'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'join' })
  return pageMetadata({ locale, path: '/join', title: t('title'), description: t('lead') })
}

export default async function Join({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'join' })
  return (
    <div className="mx-auto max-w-2xl px-5 py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
      <p className="mt-2 text-sm">
        {t('alreadyMember')}{' '}
        <Link href="/login" className="text-ai underline">
          {t('signIn')}
        </Link>
      </p>
      <ClientMessages namespaces={['forms', 'errors', 'passwordRules', 'join']}>
        <JoinForm initial={await invitationPrefill(await payloadClient(), (await searchParams).invite)} />
      </ClientMessages>
    </div>
  )
}
