import { announcementPath } from '@/announcements/urls'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { formatDate } from '@/lib/format'
import type { Announcement } from '@/payload-types'

export type AnnouncementSummary = Pick<Announcement, 'id' | 'title' | 'slug' | 'summary' | 'publishedAt' | 'pinned' | 'audience'>

/**
 * One announcement in a member's list: pinned and members-only marks, date, title linking to
 * where it is read (members-only ones inside the members area), summary.
 */
export function MemberAnnouncementItem({
  item,
  locale,
  labels,
}: {
  item: AnnouncementSummary
  locale: Locale
  labels: { pinned: string; membersOnly: string }
}) {
  return (
    <li className="px-6 py-5">
      <p className="flex items-center gap-3 text-xs text-muted">
        {item.pinned && <span className="rounded bg-shu-soft px-2 py-0.5 font-semibold text-shu">{labels.pinned}</span>}
        {item.audience === 'members' && (
          <span className="rounded bg-ai/10 px-2 py-0.5 font-semibold text-ai">{labels.membersOnly}</span>
        )}
        {item.publishedAt && <time dateTime={item.publishedAt}>{formatDate(item.publishedAt, locale)}</time>}
      </p>
      <h3 className="mt-1 text-lg font-bold">
        <Link href={announcementPath(item)} className="hover:text-ai">
          {item.title}
        </Link>
      </h3>
      {item.summary && <p className="mt-1 text-sm text-muted">{item.summary}</p>}
    </li>
  )
}
