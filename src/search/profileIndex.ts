/**
 * The directory's row for one alumnus (table `alumni_directory`, src/search/schema.ts), computed
 * from the profile fields members may see in the directory — never the account email, contact
 * details or verification answers.
 */
import { ngrams, normalizeSearchText } from './ngrams'

/** What the entry is computed from: an alumni document as stored. */
export type IndexedAlumnus = {
  id: number
  status?: string | null
  hiddenFromDirectory?: boolean | null
  createdAt: string
  joinedYear?: number | null
  name?: string | null
  nameKana?: string | null
  nameRomaji?: string | null
  currentOrganization?: string | null
  skills?: readonly (string | null | undefined)[] | null
  location?: string | null
  industry?: string | null
  openTo?: readonly (string | null | undefined)[] | null
  departments?: readonly (string | null | undefined)[] | null
}

export type DirectoryEntry = {
  id: number
  /** Approved and not hidden: the access rule `listedInDirectory`, kept with the entry. */
  listed: boolean
  /** Normalised kana reading (the name when there is none): the 50-on sort key. */
  kana: string
  /**
   * Normalised name, kana, romaji, organisation and skills, one per line (in this order: an
   * earlier match ranks higher). The GIN index takes its unigrams and bigrams.
   */
  text: string
  /** Filter tags, space-separated (normalised text has no spaces). */
  tags: string
  /** Normalised location: rechecks a location filter of three or more characters. */
  location: string
  joinedYear: number | null
  createdAt: string
}

/**
 * Filters are tags indexed with the text's n-grams, so a search with filters is still one index
 * lookup. A tag is a prefix and a value, at least three characters: never a text n-gram.
 */
export const TAG = {
  industry: 'i:',
  openTo: 'o:',
  department: 'd:',
  location: 'l:',
  /** A line's first one or two characters; computed by the index expression (src/search/schema.ts), never stored. */
  lineStart: 's:',
} as const

const strings = (values: readonly unknown[] | null | undefined): string[] =>
  (values ?? []).filter((value): value is string => typeof value === 'string' && value !== '')

export const directoryEntry = (alumnus: IndexedAlumnus): DirectoryEntry => {
  const lines = [alumnus.name, alumnus.nameKana, alumnus.nameRomaji, alumnus.currentOrganization, ...strings(alumnus.skills)]
    .map((value) => normalizeSearchText(value ?? ''))
    .filter(Boolean)
  const location = normalizeSearchText(alumnus.location ?? '')
  const tags = new Set(ngrams(location).map((gram) => TAG.location + gram))
  if (alumnus.industry) tags.add(TAG.industry + alumnus.industry)
  for (const value of strings(alumnus.openTo)) tags.add(TAG.openTo + value)
  for (const department of strings(alumnus.departments)) {
    const normalized = normalizeSearchText(department)
    if (normalized) tags.add(TAG.department + normalized)
  }
  return {
    id: alumnus.id,
    listed: alumnus.status === 'approved' && alumnus.hiddenFromDirectory !== true,
    kana: normalizeSearchText(alumnus.nameKana || alumnus.name || ''),
    text: lines.join('\n'),
    tags: [...tags].sort().join(' '),
    location,
    joinedYear: typeof alumnus.joinedYear === 'number' ? alumnus.joinedYear : null,
    createdAt: alumnus.createdAt,
  }
}
