import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireMember } from '@/auth/viewer'
import { RichText } from '@/components/RichText'
import { getMemberAnnouncement } from '@/data/announcements'
import { Link, redirect } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import type { Locale } from '@/i18n/routing'
import { formatDate } from '@/lib/format'

type Props = { params: Promise<{ locale: string; slug: string }> }

/**
 * The announcement a member may read, or a 404 (unknown, draft, not yet published — never
 * which). Visitors and accounts that are not approved are sent away by requireMember before
 * anything is read. A public announcement has its public address: it is sent there.
 */
const load = async (locale: Locale, slug: string) => {
  const viewer = await requireMember(locale, `/members/news/${slug}`)
  const item = await getMemberAnnouncement(viewer, { slug, locale })
  if (!item) notFound()
  if (item.audience === 'public') redirect({ href: `/news/${item.slug}`, locale })
  return item
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const item = await load(locale, (await params).slug)
  return { title: item.title, description: item.summary ?? undefined, robots: { index: false } }
}

export default async function MembersNewsItem({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const [item, t] = await Promise.all([
    load(locale, (await params).slug),
    getTranslations({ locale, namespace: 'membersNews' }),
  ])
  return (
    <article className="max-w-3xl">
      <Link href="/members/news" className="text-sm text-muted underline hover:text-ai">
        {t('back')}
      </Link>
      <p className="mt-6 flex items-center gap-3 text-sm text-muted">
        <span className="rounded bg-ai/10 px-2 py-0.5 text-xs font-semibold text-ai">{t('membersOnly')}</span>
        {item.publishedAt && <time dateTime={item.publishedAt}>{formatDate(item.publishedAt, locale)}</time>}
      </p>
      <h1 className="mt-2 font-serif text-3xl leading-snug font-bold">{item.title}</h1>
      <RichText data={item.body} className="mt-8 text-[17px]" />
    </article>
  )
}
