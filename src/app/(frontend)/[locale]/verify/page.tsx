import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { payloadClient } from '@/data/payload'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { verifyRegistration } from '@/join/verify'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'verify' })
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' }
}

const COPY = {
  verified: { title: 'doneTitle', body: 'doneBody' },
  approved: { title: 'approvedTitle', body: 'approvedBody' },
  invalid: { title: 'invalidTitle', body: 'invalidBody' },
} as const

/** The link in the verification mail: confirms the address, then explains what happens next. */
export default async function Verify({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const raw = (await searchParams).token
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  const [t, result] = await Promise.all([
    getTranslations({ locale, namespace: 'verify' }),
    payloadClient().then((payload) => verifyRegistration(payload, token)),
  ])
  const copy = COPY[result]
  return (
    <div className="mx-auto max-w-xl px-5 py-14">
      <p className="text-sm font-semibold text-muted">{t('title')}</p>
      <h1 className="mt-1 text-3xl font-bold" data-result={result}>
        {t(copy.title)}
      </h1>
      <p className="mt-4">{t(copy.body)}</p>
      {result !== 'verified' && (
        <p className="mt-8">
          <Link href="/login" className="inline-block rounded-md bg-ai px-6 py-2.5 font-semibold text-white hover:bg-ai-dark">
            {t('signIn')}
          </Link>
        </p>
      )}
    </div>
  )
}
