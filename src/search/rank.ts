/**
 * Ranking for site search. Every word of the query must occur somewhere in a document; a word
 * in the title counts most, then in what the document is about (company, people, tags, venue),
 * its summary, and its body. Equal scores: newest first.
 */
export type SearchKind = 'caseStudy' | 'news' | 'event'

export const FIELDS = { title: 8, about: 4, summary: 2, body: 1 } as const
export type FieldName = keyof typeof FIELDS
const FIELD_NAMES = Object.keys(FIELDS) as FieldName[]

/** One public document as search sees it: original text to show, folded text to match. */
export type SearchDocument = {
  kind: SearchKind
  path: string
  date: string | null
  /** The company of a case study, shown with the result. */
  company: string | null
  text: Record<FieldName, string>
  folded: Record<FieldName, string>
}

export type Hit = { doc: SearchDocument; score: number; /** Where to take an excerpt from. */ field: Exclude<FieldName, 'title'> }

export const rank = (docs: SearchDocument[], terms: string[]): Hit[] => {
  if (!terms.length) return []
  const hits: Hit[] = []
  for (const doc of docs) {
    let score = 0
    let field: Hit['field'] | undefined
    for (const term of terms) {
      const found = FIELD_NAMES.filter((name) => doc.folded[name].includes(term))
      if (!found.length) {
        score = 0
        break
      }
      score += Math.max(...found.map((name) => FIELDS[name]))
      field ??= found.find((name): name is Hit['field'] => name !== 'title')
    }
    if (score > 0) hits.push({ doc, score, field: field ?? 'summary' })
  }
  return hits.sort((a, b) => b.score - a.score || (b.doc.date ?? '').localeCompare(a.doc.date ?? ''))
}
