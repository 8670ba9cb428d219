/**
 * The directory query in SQL over `alumni_directory` (src/search/schema.ts): which listed alumni
 * match, in which order. Only ids come out of here; the people themselves are read through the
 * Local API (src/data/directory.ts).
 */
import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

import { type DirectoryQuery, effectiveSort, PAGE_SIZE } from './directoryQuery'
import { containsPattern, normalizeSearchText, prefixPattern, queryGrams } from './ngrams'
import { TAG } from './profileIndex'
import { GRAMS_SQL } from './schema'

// One array parameter (a bare JS array would become a list of parameters).
const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`

/**
 * Text and tag filters: one containment test on the GIN-indexed n-grams, rechecks where needed.
 * `also`: more grams or tags every match must have (the relevance tier's line-start tag).
 */
const gramConditions = (query: DirectoryQuery, also: string[] = []): SQL[] => {
  const conditions: SQL[] = []
  const required: string[] = [...also]

  const q = normalizeSearchText(query.q)
  const text = queryGrams(q)
  required.push(...text.grams)
  if (text.recheck) conditions.push(sql`search_text LIKE ${containsPattern(q)}`)

  const location = normalizeSearchText(query.location)
  const place = queryGrams(location)
  required.push(...place.grams.map((gram) => TAG.location + gram))
  if (place.recheck) conditions.push(sql`location LIKE ${containsPattern(location)}`)

  if (query.industry) required.push(TAG.industry + query.industry)
  const department = normalizeSearchText(query.department)
  if (department) required.push(TAG.department + department)

  if (required.length) conditions.unshift(sql`${GRAMS_SQL} @> ${textArray(required)}`)
  if (query.openTo.length) conditions.push(sql`${GRAMS_SQL} && ${textArray(query.openTo.map((value) => TAG.openTo + value))}`)
  return conditions
}

const yearConditions = (query: DirectoryQuery): SQL[] => [
  ...(query.joinedFrom ? [sql`joined_year >= ${query.joinedFrom}`] : []),
  ...(query.joinedTo ? [sql`joined_year <= ${query.joinedTo}`] : []),
]

/** Listed members only — the access rule again, so counts and pages never include others. */
export const directoryWhere = (query: DirectoryQuery, also: string[] = []): SQL =>
  sql.join([sql`listed`, ...gramConditions(query, also), ...yearConditions(query)].map((part) => sql`(${part})`), sql` AND `)

/** Whether text or a tag filter narrows the query (the n-gram index leads), or only years do. */
export const narrowed = (query: DirectoryQuery): boolean =>
  Boolean(normalizeSearchText(query.q) || normalizeSearchText(query.location) || normalizeSearchText(query.department)) ||
  Boolean(query.industry || query.openTo.length)

/** Whether a line (name, kana, romaji, organisation, a skill) of the normalised text starts with `q`. */
// LIKE against constant patterns: no per-row copy of the text (as `chr(10) || search_text` would make).
const lineStartsWith = (q: string): SQL => sql`(search_text LIKE ${prefixPattern(q)} OR search_text LIKE ${containsPattern(`\n${q}`)})`

/**
 * The sort keys of a result and their order. Relevance: a line (name, kana, romaji,
 * organisation, a skill) that starts with the query first, then the earlier the match the
 * better (names come first), then 50-on order. Every order ends in `id`, so pages never overlap.
 */
const sortKeys = (query: DirectoryQuery): { keys: SQL; order: SQL } => {
  switch (effectiveSort(query)) {
    case 'relevance': {
      const q = normalizeSearchText(query.q)
      return { keys: sql`NOT ${lineStartsWith(q)} AS k1, strpos(search_text, ${q}) AS k2, kana AS k3`, order: sql`k1, k2, k3, id` }
    }
    case 'newest':
      return { keys: sql`created_at AS k1`, order: sql`k1 DESC, id DESC` }
    case 'kana':
      return { keys: sql`kana AS k1`, order: sql`k1, id` }
  }
}

/** Queries of one or two characters by relevance: the ones that can match a fifth of everyone (田). */
const shortRelevance = (query: DirectoryQuery): boolean => {
  const length = Array.from(normalizeSearchText(query.q)).length
  return effectiveSort(query) === 'relevance' && length > 0 && length <= 2
}

/**
 * Relevance for a query of one or two characters, in tiers. The first tier (a line starts with
 * the query) comes straight from the index: its line-start tag (`s:` and the query,
 * src/search/schema.ts) is one more key of the same GIN lookup, and exact. Only that tier's rows
 * are read and sorted for a page inside it — for 田, 2,413 of 19,537 matches. The rest (`tail`)
 * is read only when the page reaches past the first tier: its LIMIT is then above zero, and a
 * LIMIT of zero never runs its scan. The count is a plain count of the matches: it visits their
 * rows but computes nothing per row.
 */
const shortRelevanceStatement = (query: DirectoryQuery, offset: number): SQL => {
  const q = normalizeSearchText(query.q)
  const where = directoryWhere(query)
  const keys = sql`strpos(search_text, ${q}) AS k2, kana AS k3`
  const wanted = offset + PAGE_SIZE
  return sql`WITH head AS MATERIALIZED (
      SELECT id, false AS k1, ${keys} FROM alumni_directory WHERE ${directoryWhere(query, [TAG.lineStart + q])}
      ORDER BY k2, k3, id LIMIT ${wanted}),
    tail AS MATERIALIZED (
      SELECT id, true AS k1, ${keys} FROM alumni_directory WHERE ${where} AND NOT ${lineStartsWith(q)}
      ORDER BY k2, k3, id LIMIT greatest(0, ${wanted} - (SELECT count(*) FROM head)))
    SELECT (SELECT count(*) FROM alumni_directory WHERE ${where}) AS total,
      (SELECT array_agg(id ORDER BY k1, k2, k3, id) FROM (
        SELECT * FROM head UNION ALL SELECT * FROM tail ORDER BY k1, k2, k3, id LIMIT ${PAGE_SIZE} OFFSET ${offset}) page) AS ids`
}

/**
 * One row: `total` (all matches) and `ids` (the requested page, in order).
 *
 * One or two characters by relevance: see shortRelevanceStatement. Otherwise, narrowed by text
 * or tags, the matches come from one GIN lookup and are kept (MATERIALIZED) with just their sort
 * keys, then counted and sorted once: a longer query's matches need the LIKE recheck anyway, and
 * for them one pass costs less than the tiers' two (measured in docs/search.md). Without text or
 * tags the count is read from the partial indexes and the page from the ordered index, stopping
 * after the page.
 */
export const directoryStatement = (query: DirectoryQuery): SQL => {
  const offset = (query.page - 1) * PAGE_SIZE
  if (shortRelevance(query)) return shortRelevanceStatement(query, offset)
  const where = directoryWhere(query)
  const { keys, order } = sortKeys(query)
  if (narrowed(query)) {
    return sql`WITH matches AS MATERIALIZED (SELECT id, ${keys} FROM alumni_directory WHERE ${where})
      SELECT (SELECT count(*) FROM matches) AS total,
        (SELECT array_agg(id ORDER BY ${order}) FROM (SELECT * FROM matches ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}) page) AS ids`
  }
  return sql`SELECT (SELECT count(*) FROM alumni_directory WHERE ${where}) AS total,
    (SELECT array_agg(id ORDER BY ${order}) FROM (SELECT id, ${keys} FROM alumni_directory WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}) page) AS ids`
}

/** Every matching id in id order: what tests and the benchmark compare against a scan. */
export const directoryAllIdsStatement = (query: DirectoryQuery): SQL =>
  sql`SELECT id FROM alumni_directory WHERE ${directoryWhere(query)} ORDER BY id`
