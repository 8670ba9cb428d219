import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { EventDetail } from '@/components/events/EventDetail'
import { getEvent } from '@/data/events'
import { pageMetadata } from '@/seo/metadata'
import { localeParam } from '@/i18n/params'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const revalidate = 60
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params)
  const { slug } = await params
  const found = await getEvent({ slug, locale })
  return found ? pageMetadata({ locale, path: `/events/${slug}`, title: found.event.title, description: found.event.summary }) : {}
}

/**
 * A public event, cached for everyone (members-only events live at /members/events/[slug] and
 * are a 404 here). The RSVP panel loads the viewer's own registration in the browser.
 */
export default async function EventPage({ params }: Props) {
  const locale = await localeParam(params)
  setRequestLocale(locale)
  const found = await getEvent({ slug: (await params).slug, locale })
  if (!found) notFound()
  return <EventDetail event={found.event} seatsLeft={found.seatsLeft} online={found.online} locale={locale} />
}
