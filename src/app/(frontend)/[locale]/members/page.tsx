import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { requireViewer } from '@/auth/viewer'
import { PinnedAnnouncements } from '@/components/members/PinnedAnnouncements'
import { UpdatesFeed } from '@/components/collaboration/UpdatesFeed'
import { localeParam, pageParam } from '@/i18n/params'

import { MyUpcomingEvents } from '@/components/members/MyUpcomingEvents'

import { MembersHome } from './MembersHome'
import { MembershipStatus } from './MembershipStatus'
import { deleteUpdateAction, postUpdateAction, reactAction, reportAction } from './updateActions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string; done?: string; error?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const t = await getTranslations({ locale, namespace: 'membersHome' })
  return { title: t('title'), robots: { index: false } }
}

/**
 * The members home. Visitors are sent to sign in; a pending, rejected or suspended account
 * sees only an explanation of its status; approved alumni and staff see the home.
 * Reading the session makes the page dynamic, which Next serves as `private, no-store`.
 */
export default async function MembersPage({ params, searchParams }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const query = await searchParams
  const page = pageParam(query.page)
  const viewer = await requireViewer(locale, page > 1 ? `/members?page=${page}` : '/members')
  if (viewer.collection === 'alumni' && viewer.status !== 'approved') {
    return <MembershipStatus locale={locale} status={viewer.status} />
  }
  return (
    <MembersHome locale={locale} name={viewer.name} staff={viewer.collection === 'users'}>
      <PinnedAnnouncements locale={locale} viewer={viewer} />
      <MyUpcomingEvents locale={locale} viewer={viewer} />
      <UpdatesFeed
        locale={locale}
        viewer={viewer}
        page={page}
        done={query.done}
        error={query.error}
        actions={{ post: postUpdateAction, react: reactAction, report: reportAction, remove: deleteUpdateAction }}
      />
    </MembersHome>
  )
}
