import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { requireViewer } from '@/auth/viewer'
import { ClientMessages } from '@/i18n/ClientMessages'
import { getOwnProfile } from '@/data/profile'
import { getPathname } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import { siteUrl } from '@/lib/site'
import { notificationValues } from '@/account/notifications'

import { CalendarFeedForm } from './CalendarFeedForm'
import { DeleteAccountForm } from './DeleteAccountForm'
import { NotificationsForm } from './NotificationsForm'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'settings' })
  return { title: t('title'), robots: { index: false } }
}

function Section({ id, title, tone = 'default', children }: { id: string; title: string; tone?: 'default' | 'danger'; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-xl border bg-white p-6 ${tone === 'danger' ? 'border-shu/40' : 'border-line'}`}
    >
      <h2 id={id} className={`text-lg font-bold ${tone === 'danger' ? 'text-shu' : ''}`}>
        {title}
      </h2>
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  )
}

/** Any signed-in alumnus, whatever their status: choosing e-mails, exporting and deleting are theirs. */
export default async function SettingsPage({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const viewer = await requireViewer(locale, '/members/settings')
  const t = await getTranslations({ locale, namespace: 'settings' })

  const header = (
    <header>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
    </header>
  )
  if (viewer.collection !== 'alumni') {
    return (
      <div className="max-w-3xl space-y-6">
        {header}
        <p className="rounded-xl border border-line bg-white p-6">{t('staffNote')}</p>
      </div>
    )
  }

  const profile = await getOwnProfile(viewer)
  return (
    <div className="max-w-3xl space-y-8">
      {header}
      <ClientMessages namespaces={['forms', 'errors', 'settings', 'calendarFeed']}>
        <Section id="notifications-title" title={t('notifications.title')}>
          <NotificationsForm initial={notificationValues(profile)} />
        </Section>
        <Section id="calendar-feed-title" title={(await getTranslations({ locale, namespace: 'calendarFeed' }))('title')}>
          <CalendarFeedForm token={profile.calendarToken ?? null} origin={siteUrl()} />
        </Section>
        <Section id="export-title" title={t('export.title')}>
          <p>{t('export.body')}</p>
          {/* A plain link: the route answers with a file, not a page to navigate to. */}
          <a
            href={getPathname({ href: '/members/settings/export', locale })}
            download
            className="inline-flex items-center rounded-md border border-line bg-white px-5 py-2.5 font-semibold text-ai hover:border-ai"
          >
            {t('export.link')}
          </a>
        </Section>
        <Section id="delete-title" title={t('delete.title')} tone="danger">
          <p>{t('delete.body')}</p>
          <DeleteAccountForm locale={locale} />
        </Section>
      </ClientMessages>
    </div>
  )
}
