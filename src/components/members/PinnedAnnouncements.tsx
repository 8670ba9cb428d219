import { getTranslations } from 'next-intl/server'

import type { Viewer } from '@/auth/viewer'
import { MemberAnnouncementItem } from '@/components/announcements/MemberAnnouncementItem'
import { listMemberAnnouncements } from '@/data/announcements'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'

/** How many pinned announcements the members home shows. */
const SHOWN = 5

/**
 * The members home's pinned announcements, members-only and public, newest first; nothing
 * when none is pinned. A link leads to all the news.
 */
export async function PinnedAnnouncements({ locale, viewer }: { locale: Locale; viewer: Viewer }) {
  const [t, tList, pinned] = await Promise.all([
    getTranslations({ locale, namespace: 'pinnedAnnouncements' }),
    getTranslations({ locale, namespace: 'membersNews' }),
    listMemberAnnouncements(viewer, { locale, limit: SHOWN, pinnedOnly: true }),
  ])
  if (!pinned.docs.length) return null
  return (
    <section aria-labelledby="pinned-announcements" className="mt-10">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="pinned-announcements" className="text-xl font-bold">
          {t('title')}
        </h2>
        <Link href="/members/news" className="text-sm text-ai underline">
          {t('all')}
        </Link>
      </div>
      <ul className="mt-4 divide-y divide-line rounded-xl border border-line bg-white">
        {pinned.docs.map((item) => (
          <MemberAnnouncementItem
            key={item.id}
            item={item}
            locale={locale}
            labels={{ pinned: tList('pinned'), membersOnly: tList('membersOnly') }}
          />
        ))}
      </ul>
    </section>
  )
}
