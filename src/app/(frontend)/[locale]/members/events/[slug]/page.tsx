import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { requireMember } from '@/auth/viewer'
import { EventDetail } from '@/components/events/EventDetail'
import { getEventFor } from '@/data/events'
import { localeParam } from '@/i18n/params'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The title is shown only to members: metadata waits for the page's own check.
  await params
  return { robots: { index: false } }
}

/**
 * A members-only event, for approved alumni and staff. Visitors are sent to sign in (and come
 * back here); the page reads the session, so it is dynamic and `private, no-store`.
 */
export default async function MembersEventPage({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const { slug } = await params
  const viewer = await requireMember(locale, `/members/events/${slug}`)
  const found = await getEventFor({ slug, locale, user: { ...viewer } })
  if (!found) notFound()
  return (
    <>
      <title>{found.event.title}</title>
      <EventDetail event={found.event} seatsLeft={found.seatsLeft} online={found.online} locale={locale} />
    </>
  )
}
