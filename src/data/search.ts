import type { Locale } from '@/i18n/routing'
import { cachedPublic } from '@/cache/cached'
import { CACHE_TAGS } from '@/cache/tags'
import type { SearchDocument } from '@/search/rank'
import { searchIn, type SearchResults } from '@/search/results'

import { payloadClient } from './payload'
import { readSearchDocuments } from './searchDocuments'

/**
 * Site search over the public case studies, news and events.
 *
 * The index is every public document's text, folded, held in this process's memory: with a
 * few hundred documents a scan of it answers in milliseconds, finds any one- or two-character
 * Japanese substring (which a word index or PostgreSQL full-text search without a Japanese
 * parser would not), and needs no schema change. It is rebuilt when its version changes; the
 * version is a tiny value in Next's data cache under the content tags, so the publish hooks
 * that expire the pages expire the index too (and the 60 s backstop catches publish dates
 * that pass). The documents themselves stay out of Next's cache: they would be stored as
 * JSON and parsed again on every search.
 */
const SEARCH_TAGS = [CACHE_TAGS.interviews, CACHE_TAGS.companies, CACHE_TAGS.events, CACHE_TAGS.announcements]

const indexVersion = cachedPublic('search:version', SEARCH_TAGS, async () => new Date().toISOString())

const built = new Map<Locale, { version: string; docs: Promise<SearchDocument[]> }>()

const searchIndex = async (locale: Locale): Promise<SearchDocument[]> => {
  const version = await indexVersion()
  const current = built.get(locale)
  if (current?.version === version) return current.docs
  const entry = { version, docs: payloadClient().then((payload) => readSearchDocuments(payload, locale)) }
  built.set(locale, entry)
  // A failed build is not kept: the next search tries again.
  entry.docs.catch(() => built.get(locale) === entry && built.delete(locale))
  return entry.docs
}

/** Public case studies, news and events matching the query, one page of them. */
export const searchSite = async ({ query, locale, page = 1 }: { query: string; locale: Locale; page?: number }): Promise<SearchResults> =>
  query.trim() ? searchIn(await searchIndex(locale), query, page) : searchIn([], '')
