import type { Where } from 'payload'

import { publishedFor } from '@/access'
import type { Locale } from '@/i18n/routing'
import { cachedPublic } from '@/cache/cached'
import { CACHE_TAGS } from '@/cache/tags'

import { payloadClient } from './payload'

/** Public reads of case studies. Visitor access, plus the published filter for safety in depth. */
const visible = (extra?: Where): Where => ({
  and: [publishedFor(null, { audience: false }), ...(extra ? [extra] : [])],
})

const PAGE_SIZE = 9

export const listInterviews = cachedPublic(
  'interviews:list',
  [CACHE_TAGS.interviews, CACHE_TAGS.companies, CACHE_TAGS.media],
  async ({ locale, page = 1, company }: { locale: Locale; page?: number; company?: string }) => {
    const payload = await payloadClient()
    return payload.find({
      collection: 'interviews',
      locale,
      overrideAccess: false,
      where: visible(company ? { 'company.slug': { equals: company } } : undefined),
      sort: '-publishedAt',
      page,
      limit: PAGE_SIZE,
      depth: 1,
      select: {
        title: true,
        slug: true,
        lead: true,
        publishedAt: true,
        updatedAt: true,
        series: true,
        company: true,
        heroImage: true,
        interviewees: true,
      },
    })
  },
)

export const getInterview = cachedPublic(
  'interviews:detail',
  [CACHE_TAGS.interviews, CACHE_TAGS.companies, CACHE_TAGS.media],
  async ({ slug, locale }: { slug: string; locale: Locale }) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'interviews',
      locale,
      overrideAccess: false,
      where: visible({ slug: { equals: slug } }),
      limit: 1,
      depth: 2,
      populate: { alumni: { name: true } },
    })
    const interview = docs[0]
    if (!interview) return null
    // Without an own translation the reader gets the Japanese text; say so and mark it `lang="ja"`.
    let translated = true
    if (locale !== 'ja') {
      const own = await payload.findByID({
        collection: 'interviews',
        id: interview.id,
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        select: { title: true },
      })
      translated = Boolean(own?.title)
    }
    return { interview, translated }
  },
)

/** Other case studies of the same company or sharing a tag, newest first. */
export const listRelatedInterviews = cachedPublic(
  'interviews:related',
  [CACHE_TAGS.interviews, CACHE_TAGS.companies, CACHE_TAGS.media],
  async ({ id, company, tags, locale }: { id: number; company?: number; tags: string[]; locale: Locale }) => {
    const related: Where[] = []
    if (company) related.push({ company: { equals: company } })
    if (tags.length) related.push({ tags: { in: tags } })
    if (!related.length) return []
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'interviews',
      locale,
      overrideAccess: false,
      where: visible({ and: [{ id: { not_equals: id } }, { or: related }] }),
      sort: '-publishedAt',
      limit: 3,
      depth: 1,
      select: { title: true, slug: true, lead: true, publishedAt: true, series: true, company: true, heroImage: true },
    })
    return docs
  },
)

/** Published case studies in which an interviewee is linked to this alumni profile, newest first. */
export const listInterviewsFeaturing = cachedPublic(
  'interviews:featuring',
  [CACHE_TAGS.interviews, CACHE_TAGS.companies, CACHE_TAGS.media],
  async ({ alumnus, locale }: { alumnus: number; locale: Locale }) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'interviews',
      locale,
      overrideAccess: false,
      where: visible({ 'interviewees.alumnus': { equals: alumnus } }),
      sort: '-publishedAt',
      limit: 12,
      depth: 1,
      select: { title: true, slug: true, lead: true, publishedAt: true, series: true, company: true, heroImage: true },
    })
    return docs
  },
)
