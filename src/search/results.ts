import { queryTerms } from './fold'
import { excerpt, highlight, type Segment } from './highlight'
import { rank, type SearchDocument, type SearchKind } from './rank'

export const SEARCH_PAGE_SIZE = 10
/** Longer queries are cut: nobody types more, and it bounds the work of a search. */
const MAX_QUERY = 100

export type SearchResult = {
  kind: SearchKind
  path: string
  date: string | null
  company: string | null
  title: Segment[]
  excerpt: Segment[]
}

export type SearchResults = { total: number; page: number; totalPages: number; results: SearchResult[] }

/** One page of results for a query, highlighted; only the shown page is highlighted. */
export const searchIn = (docs: SearchDocument[], query: string, page = 1): SearchResults => {
  const terms = queryTerms(query.slice(0, MAX_QUERY))
  const hits = rank(docs, terms)
  const totalPages = Math.ceil(hits.length / SEARCH_PAGE_SIZE)
  const current = Math.min(Math.max(page, 1), Math.max(totalPages, 1))
  const results = hits.slice((current - 1) * SEARCH_PAGE_SIZE, current * SEARCH_PAGE_SIZE).map(({ doc, field }) => ({
    kind: doc.kind,
    path: doc.path,
    date: doc.date,
    company: doc.company,
    title: highlight(doc.text.title, terms),
    excerpt: excerpt(doc.text[field] || doc.text.summary, terms),
  }))
  return { total: hits.length, page: current, totalPages, results }
}
