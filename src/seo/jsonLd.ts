import { eventPath } from '@/events/links'
import type { Locale } from '@/i18n/routing'
import type { Company, Event, Interview, Media } from '@/payload-types'

import { absoluteUrl, siteUrl } from '@/lib/site'

const imageUrl = (media: Media | number | null | undefined) =>
  media && typeof media === 'object' && media.url ? `${siteUrl()}${media.url}` : undefined

const publisher = { '@type': 'Organization', name: 'Enishi', url: siteUrl() }

/** schema.org Article: the interviewees as Person, the company as Organization. */
export const articleJsonLd = (interview: Interview, locale: Locale) => {
  const company = typeof interview.company === 'object' ? interview.company : null
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: interview.title,
    description: interview.lead,
    url: absoluteUrl(`/case-studies/${interview.slug}`, locale),
    inLanguage: locale,
    datePublished: interview.publishedAt ?? undefined,
    dateModified: interview.updatedAt,
    image: imageUrl(interview.heroImage),
    publisher,
    about: company ? { '@type': 'Organization', name: company.name, url: company.website ?? undefined } : undefined,
    mentions: interview.interviewees.map((person) => ({
      '@type': 'Person',
      name: person.name,
      jobTitle: person.role ?? undefined,
      worksFor: person.organization ? { '@type': 'Organization', name: person.organization } : undefined,
    })),
  }
}

/** schema.org Organization for a company's page. */
export const organizationJsonLd = (company: Company, locale: Locale) => ({
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: company.name,
  description: company.summary ?? undefined,
  url: company.website ?? absoluteUrl(`/companies/${company.slug}`, locale),
  logo: imageUrl(company.logo),
})

/** schema.org Event with its place (physical, online or both). */
export const eventJsonLd = (event: Event, locale: Locale) => {
  const physical = event.venue?.name
    ? { '@type': 'Place', name: event.venue.name, address: event.venue.address ?? undefined }
    : null
  const virtual = { '@type': 'VirtualLocation', url: absoluteUrl(eventPath(event), locale) }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? undefined,
    url: absoluteUrl(eventPath(event), locale),
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    // The online link is not public, so a venue decides: on site, or else online.
    eventAttendanceMode: physical
      ? 'https://schema.org/OfflineEventAttendanceMode'
      : 'https://schema.org/OnlineEventAttendanceMode',
    location: physical ?? virtual,
    image: imageUrl(event.heroImage),
    organizer: publisher,
  }
}
