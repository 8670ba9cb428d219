import { getTranslations } from 'next-intl/server'
import NextLink from 'next/link'
import type { ReactNode } from 'react'

import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

const CARDS = [
  { href: '/members/directory', title: 'directoryTitle', body: 'directoryBody' },
  { href: '/members/profile', title: 'profileTitle', body: 'profileBody' },
  { href: '/members/settings', title: 'settingsTitle', body: 'settingsBody' },
] as const

/** The approved member's home: a greeting, the page's sections (children), and the ways in. */
export async function MembersHome({
  locale,
  name,
  staff,
  children,
}: {
  locale: Locale
  name: string
  staff: boolean
  children?: ReactNode
}) {
  const t = await getTranslations({ locale, namespace: 'membersHome' })
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('greeting', { name })}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
      {staff && (
        <aside className="mt-8 rounded-xl border border-ai/30 bg-ai/5 p-6">
          <h2 className="font-bold">{t('staffTitle')}</h2>
          <p className="mt-1 text-sm">{t('staffBody')}</p>
          {/* The admin panel is not a localized site page: Next's own Link, not next-intl's. */}
          <NextLink href="/admin" prefetch={false} className="mt-3 inline-block text-sm font-semibold text-ai underline">
            {t('staffAdmin')}
          </NextLink>
        </aside>
      )}
      {children}
      <ul className="mt-10 grid gap-5 sm:grid-cols-3">
        {CARDS.map((card) => (
          <li key={card.href}>
            <Link
              href={card.href}
              className="block h-full rounded-xl border border-line bg-white p-6 transition-colors hover:border-ai"
            >
              <span className="text-lg font-bold text-ai">{t(card.title)}</span>
              <span className="mt-2 block text-sm text-muted">{t(card.body)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
