/**
 * The directory's URL query: `/members/directory?q=佐藤&industry=it&joinedFrom=2010&openTo=mentoring…`.
 * Parsed leniently (anything unknown or malformed is dropped, never an error) and written back
 * in one canonical order, so links are shareable and the back button restores a search.
 */
import { INDUSTRIES, OPEN_TO } from '@/lib/options'
import { FIRST_YEAR, yearIn } from '@/text/rules'

import { normalizeSearchText } from './ngrams'

export type Industry = (typeof INDUSTRIES)[number]['value']
export type OpenTo = (typeof OPEN_TO)[number]['value']
export const DIRECTORY_SORTS = ['relevance', 'kana', 'newest'] as const
export type DirectorySort = (typeof DIRECTORY_SORTS)[number]

export type DirectoryQuery = {
  /** Free text: name (kanji, kana, romaji), organisation, skills. */
  q: string
  industry: Industry | null
  joinedFrom: number | null
  joinedTo: number | null
  department: string
  /** Open to any of these. */
  openTo: OpenTo[]
  location: string
  /** As asked for; see effectiveSort for what is applied. */
  sort: DirectorySort | null
  page: number
}

export const PAGE_SIZE = 20
/** Longer input is cut: nobody's name or organisation is longer, and the query stays cheap. */
export const MAX_TEXT_LENGTH = 100
const MAX_PAGE = 1000

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))
const all = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : [])
const text = (value: string | string[] | undefined) => Array.from(first(value).trim()).slice(0, MAX_TEXT_LENGTH).join('')
const oneOf = <T extends string>(options: readonly T[], value: string): T | null =>
  (options as readonly string[]).includes(value) ? (value as T) : null

const year = (value: string | string[] | undefined, maxYear: number): number | null => {
  return yearIn(first(value).trim(), FIRST_YEAR, maxYear)
}

const INDUSTRY_VALUES = INDUSTRIES.map((option) => option.value)
const OPEN_TO_VALUES = OPEN_TO.map((option) => option.value)

export const parseDirectoryQuery = (params: Params, maxYear = new Date().getFullYear() + 1): DirectoryQuery => {
  let joinedFrom = year(params.joinedFrom, maxYear)
  let joinedTo = year(params.joinedTo, maxYear)
  if (joinedFrom !== null && joinedTo !== null && joinedFrom > joinedTo) [joinedFrom, joinedTo] = [joinedTo, joinedFrom]
  const page = Number(first(params.page))
  return {
    q: text(params.q),
    industry: oneOf(INDUSTRY_VALUES, first(params.industry)),
    joinedFrom,
    joinedTo,
    department: text(params.department),
    openTo: OPEN_TO_VALUES.filter((value) => all(params.openTo).includes(value)),
    location: text(params.location),
    sort: oneOf(DIRECTORY_SORTS, first(params.sort)),
    page: Number.isInteger(page) && page > 1 ? Math.min(page, MAX_PAGE) : 1,
  }
}

/** Relevance needs something to be relevant to; without a query, names in 50-on order. */
export const effectiveSort = (query: DirectoryQuery): DirectorySort => {
  const hasText = normalizeSearchText(query.q) !== ''
  const sort = query.sort ?? (hasText ? 'relevance' : 'kana')
  return sort === 'relevance' && !hasText ? 'kana' : sort
}

/** Whether anything narrows the list (for the "no results" versus "empty directory" message). */
export const isFiltered = (query: DirectoryQuery): boolean =>
  Boolean(
    query.q ||
      query.industry ||
      query.joinedFrom ||
      query.joinedTo ||
      query.department ||
      query.openTo.length ||
      query.location,
  )

/** The query as URL parameters, defaults left out; `page` only when past the first. */
export const directoryParams = (query: DirectoryQuery, changes: Partial<DirectoryQuery> = {}): Record<string, string | string[]> => {
  const next = { ...query, ...changes }
  const params: Record<string, string | string[]> = {}
  if (next.q) params.q = next.q
  if (next.industry) params.industry = next.industry
  if (next.joinedFrom) params.joinedFrom = String(next.joinedFrom)
  if (next.joinedTo) params.joinedTo = String(next.joinedTo)
  if (next.department) params.department = next.department
  if (next.openTo.length) params.openTo = [...next.openTo]
  if (next.location) params.location = next.location
  if (next.sort) params.sort = next.sort
  if (next.page > 1) params.page = String(next.page)
  return params
}

/** The canonical query string (no "?"), e.g. for a link back to this very search. */
export const directorySearchString = (query: DirectoryQuery): string => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(directoryParams(query))) for (const item of [value].flat()) params.append(name, item)
  return params.toString()
}
