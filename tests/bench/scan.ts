/**
 * The baseline the directory index is measured and checked against: the same query answered
 * from the raw alumni columns with ILIKE, as a directory without a search index would — no
 * `alumni_directory`, no n-grams. Kana are folded and spaces dropped in SQL (translate/replace)
 * so that both must find exactly the same people.
 */
import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

import { type DirectoryQuery, PAGE_SIZE } from '../../src/search/directoryQuery'
import { containsPattern, normalizeSearchText } from '../../src/search/ngrams'

const KATAKANA = [...Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => 0x30a1 + i), 0x30fd, 0x30fe]
const FROM = String.fromCharCode(...KATAKANA)
const TO = String.fromCharCode(...KATAKANA.map((code) => code - 0x60))

/** A raw column as the index sees it (enough for the generated data: no full-width Latin or half-width kana). */
const fold = (column: SQL) =>
  sql`translate(replace(replace(replace(${column}, ' ', ''), '　', ''), '・', ''), ${FROM}, ${TO})`

const exactPattern = (text: string) => containsPattern(text).slice(1, -1)

const scanWhere = (query: DirectoryQuery): SQL => {
  const conditions: SQL[] = [sql`status = 'approved' AND hidden_from_directory IS NOT TRUE`]
  const q = normalizeSearchText(query.q)
  if (q) {
    const p = containsPattern(q)
    conditions.push(sql`${fold(sql`name`)} ILIKE ${p} OR ${fold(sql`name_kana`)} ILIKE ${p}
      OR ${fold(sql`name_romaji`)} ILIKE ${p} OR ${fold(sql`current_organization`)} ILIKE ${p}
      OR EXISTS (SELECT 1 FROM alumni_texts t WHERE t.parent_id = alumni.id AND t.path = 'skills' AND ${fold(sql`t.text`)} ILIKE ${p})`)
  }
  const location = normalizeSearchText(query.location)
  if (location) conditions.push(sql`${fold(sql`location`)} ILIKE ${containsPattern(location)}`)
  if (query.industry) conditions.push(sql`industry = ${query.industry}`)
  const department = normalizeSearchText(query.department)
  if (department) {
    conditions.push(sql`EXISTS (SELECT 1 FROM alumni_texts t WHERE t.parent_id = alumni.id AND t.path = 'departments'
      AND ${fold(sql`t.text`)} ILIKE ${exactPattern(department)})`)
  }
  if (query.openTo.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM alumni_open_to o WHERE o.parent_id = alumni.id
      AND o.value::text = ANY(${sql.param(query.openTo)}::text[]))`)
  }
  if (query.joinedFrom) conditions.push(sql`joined_year >= ${query.joinedFrom}`)
  if (query.joinedTo) conditions.push(sql`joined_year <= ${query.joinedTo}`)
  return sql.join(
    conditions.map((part) => sql`(${part})`),
    sql` AND `,
  )
}

/** The page a scan-based directory would serve: the count and 20 ids in reading order. */
export const scanStatement = (query: DirectoryQuery): SQL => sql`
  WITH matches AS MATERIALIZED (SELECT id, name_kana FROM alumni WHERE ${scanWhere(query)})
  SELECT (SELECT count(*) FROM matches) AS total,
    (SELECT array_agg(id ORDER BY name_kana, id) FROM
      (SELECT * FROM matches ORDER BY name_kana, id LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}) page) AS ids`

/** Every id the scan finds, in id order. */
export const scanAllIdsStatement = (query: DirectoryQuery): SQL => sql`SELECT id FROM alumni WHERE ${scanWhere(query)} ORDER BY id`
