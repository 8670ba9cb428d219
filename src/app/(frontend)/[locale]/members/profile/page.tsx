import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { ClientMessages } from '@/i18n/ClientMessages'
import { getOwnProfile } from '@/data/profile'
import { localeParam } from '@/i18n/params'
import { INDUSTRIES, OPEN_TO } from '@/lib/options'
import { photoView } from '@/account/photo'
import { profileValues } from '@/account/profileInput'

import { PhotoForm } from './PhotoForm'
import { ProfileForm } from './ProfileForm'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'profileForm' })
  return { title: t('heading'), robots: { index: false } }
}

export default async function ProfilePage({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const viewer = await requireMember(locale, '/members/profile')
  const [t, tPhoto] = await Promise.all([
    getTranslations({ locale, namespace: 'profileForm' }),
    getTranslations({ locale, namespace: 'photo' }),
  ])

  const header = (
    <header className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('heading')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
    </header>
  )
  if (viewer.collection !== 'alumni') {
    return (
      <div className="space-y-6">
        {header}
        <p className="rounded-xl border border-line bg-white p-6">{t('staffNote')}</p>
      </div>
    )
  }

  const profile = await getOwnProfile(viewer)
  const options = (list: typeof INDUSTRIES | typeof OPEN_TO) => list.map(({ value, label }) => ({ value, label: label[locale] }))
  return (
    <div className="max-w-3xl space-y-8">
      {header}
      <ClientMessages namespaces={['forms', 'errors', 'profileForm', 'photo']}>
        <section aria-labelledby="photo-title" className="rounded-xl border border-line bg-white p-6">
          <h2 id="photo-title" className="mb-4 text-lg font-bold">
            {tPhoto('title')}
          </h2>
          <PhotoForm initial={photoView(profile.photo)} />
        </section>
        <ProfileForm initial={profileValues(profile)} industries={options(INDUSTRIES)} openTo={options(OPEN_TO)} />
      </ClientMessages>
    </div>
  )
}
