import type { Payload } from 'payload'

import { publishedFor } from '@/access'
import type { Locale } from '@/i18n/routing'
import { fold } from '@/search/fold'
import { lexicalText } from '@/lib/lexicalText'
import type { FieldName, SearchDocument, SearchKind } from '@/search/rank'
import type { Interview } from '@/payload-types'


const lines = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n')

const document = (
  kind: SearchKind,
  path: string,
  date: string | null | undefined,
  text: Record<FieldName, string>,
  company: string | null = null,
): SearchDocument => ({
  kind,
  path,
  date: date ?? null,
  company,
  text,
  folded: Object.fromEntries(Object.entries(text).map(([field, value]) => [field, fold(value)])) as Record<FieldName, string>,
})

/** Questions, answers (with their speaker), headings, quotes, captions and calls to action. */
const interviewBody = (blocks: Interview['body']): string =>
  lines(
    ...(blocks ?? []).map((block) => {
      switch (block.blockType) {
        case 'question':
        case 'heading':
          return block.text
        case 'answer':
          return lines(block.speaker, lexicalText(block.content))
        case 'paragraph':
          return lexicalText(block.content)
        case 'quote':
          return lines(block.text, block.speaker)
        case 'image':
          return block.caption
        case 'cta':
          return lines(block.label, block.description)
      }
    }),
  )

/**
 * Every public document in a locale, read as a visitor (access rules apply, and the published
 * filter is added again): drafts, future-dated and members-only documents are never read.
 */
export const readSearchDocuments = async (payload: Payload, locale: Locale): Promise<SearchDocument[]> => {
  const asVisitor = { locale, overrideAccess: false, pagination: false } as const
  const [interviews, announcements, events] = await Promise.all([
    payload.find({
      ...asVisitor,
      collection: 'interviews',
      where: publishedFor(null, { audience: false }),
      depth: 1,
      populate: { companies: { name: true }, media: { alt: true } },
      select: { title: true, slug: true, lead: true, publishedAt: true, series: true, tags: true, company: true, interviewees: true, body: true },
    }),
    payload.find({
      ...asVisitor,
      collection: 'announcements',
      where: publishedFor(null, { audience: true }),
      depth: 0,
      select: { title: true, slug: true, summary: true, body: true, publishedAt: true },
    }),
    payload.find({
      ...asVisitor,
      collection: 'events',
      where: publishedFor(null, { audience: true }),
      depth: 0,
      select: { title: true, slug: true, summary: true, description: true, startsAt: true, venue: true },
    }),
  ])
  return [
    ...interviews.docs.map((doc) => {
      const company = typeof doc.company === 'object' && doc.company ? doc.company.name : null
      const people = (doc.interviewees ?? []).map((p) => [p.name, p.organization, p.role].filter(Boolean).join(' '))
      return document(
        'caseStudy',
        `/case-studies/${doc.slug}`,
        doc.publishedAt,
        {
          title: doc.title,
          about: lines(company, doc.series, ...people, ...(doc.tags ?? []).map((tag) => `#${tag}`)),
          summary: doc.lead,
          body: interviewBody(doc.body),
        },
        company,
      )
    }),
    ...announcements.docs.map((doc) =>
      document('news', `/news/${doc.slug}`, doc.publishedAt, {
        title: doc.title,
        about: '',
        summary: doc.summary ?? '',
        body: lexicalText(doc.body),
      }),
    ),
    ...events.docs.map((doc) =>
      document('event', `/events/${doc.slug}`, doc.startsAt, {
        title: doc.title,
        about: lines(doc.venue?.name, doc.venue?.address),
        summary: doc.summary ?? '',
        body: lexicalText(doc.description),
      }),
    ),
  ]
}
