import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { localeParam } from '@/i18n/params'
import { pageMetadata } from '@/seo/metadata'
import { contactEmail } from '@/lib/contact'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'privacy' })
  return pageMetadata({ locale, path: '/privacy', title: t('title'), description: t('intro') })
}

const STORED = ['account', 'verification', 'profile', 'security', 'review'] as const
const WHO = ['staff', 'members', 'nobody', 'thirdParties'] as const

/** The privacy notice registration asks consent to: what is stored, why, who sees it, how to leave. */
export default async function Privacy({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'privacy' })
  const email = contactEmail()
  const mail = (chunks: ReactNode) => (
    <a href={`mailto:${email}`} className="text-ai underline">
      {chunks}
    </a>
  )
  const section = (title: string, body: ReactNode) => (
    <section className="mt-10">
      <h2 className="text-xl font-bold">{title}</h2>
      <div className="mt-3">{body}</div>
    </section>
  )
  return (
    <article className="mx-auto max-w-3xl px-5 py-14">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-sm text-muted">{t('updated')}</p>
      <p className="mt-6">{t('intro')}</p>
      {section(
        t('storedTitle'),
        <ul className="list-disc space-y-2 pl-6">
          {STORED.map((key) => (
            <li key={key}>{t(`stored.${key}`)}</li>
          ))}
        </ul>,
      )}
      {section(t('whyTitle'), <p>{t('why')}</p>)}
      {section(
        t('whoTitle'),
        <ul className="list-disc space-y-2 pl-6">
          {WHO.map((key) => (
            <li key={key}>{t(`who.${key}`)}</li>
          ))}
        </ul>,
      )}
      {section(t('cookiesTitle'), <p>{t('cookies')}</p>)}
      {section(t('rightsTitle'), <p>{t('rights')}</p>)}
      {section(t('retentionTitle'), <p>{t('retention')}</p>)}
      {section(t('contactTitle'), <p>{t.rich('contact', { email, link: mail })}</p>)}
    </article>
  )
}
