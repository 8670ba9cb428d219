import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { MemberAnnouncementItem } from '@/components/announcements/MemberAnnouncementItem'
import { Pagination } from '@/components/Pagination'
import { listMemberAnnouncements } from '@/data/announcements'
import { localeParam, pageParam } from '@/i18n/params'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'membersNews' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * Every announcement a member may read: members-only and public, pinned first, newest first.
 * Members only (requireMember), so the page is dynamic and sent `private, no-store`.
 */
export default async function MembersNews({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const page = pageParam((await searchParams).page)
  const viewer = await requireMember(locale, page > 1 ? `/members/news?page=${page}` : '/members/news')
  const [t, news] = await Promise.all([
    getTranslations({ locale, namespace: 'membersNews' }),
    listMemberAnnouncements(viewer, { locale, page }),
  ])
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-muted">{t('lead')}</p>
      {news.docs.length ? (
        <ul className="mt-10 divide-y divide-line rounded-xl border border-line bg-white">
          {news.docs.map((item) => (
            <MemberAnnouncementItem
              key={item.id}
              item={item}
              locale={locale}
              labels={{ pinned: t('pinned'), membersOnly: t('membersOnly') }}
            />
          ))}
        </ul>
      ) : (
        <p className="mt-10 text-muted">{t('empty')}</p>
      )}
      <Pagination pathname="/members/news" page={news.page ?? page} totalPages={news.totalPages} />
    </div>
  )
}
