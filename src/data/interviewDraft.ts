import type { Locale } from '@/i18n/routing'

import { payloadClient } from './payload'

/**
 * The current draft of one case study, for a signed preview. Read with access overridden for
 * that one id (the preview token is the permission), never through the data cache: drafts
 * must not reach anything a visitor could be served. Related alumni are reduced to their name.
 */
export const getInterviewDraft = async ({ id, slug, locale }: { id: number; slug: string; locale: Locale }) => {
  const payload = await payloadClient()
  const read = { collection: 'interviews', id, locale, draft: true, overrideAccess: true, disableErrors: true } as const
  const draft = await payload.findByID({ ...read, depth: 2, populate: { alumni: { name: true } } })
  if (!draft || draft.slug !== slug) return null
  const own = locale === 'ja' ? draft : await payload.findByID({ ...read, fallbackLocale: false, select: { title: true } })
  // A draft may still lack what publishing requires.
  const interview = { ...draft, title: draft.title ?? '', interviewees: draft.interviewees ?? [], body: draft.body ?? [] }
  return { interview, translated: Boolean(own?.title) }
}
