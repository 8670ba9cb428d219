/**
 * Normalisation and n-grams for the Japanese directory search (docs/search.md).
 *
 * PostgreSQL's pg_trgm needs three characters, but Japanese names are one or two (林, 佐藤).
 * So every searchable value is normalised, and a GIN index holds its unigrams and bigrams
 * (src/search/schema.ts): a query of one or two characters is a single exact lookup, a longer
 * one needs all of its bigrams and is rechecked with LIKE on the normalised text.
 *
 * Pure functions only: the save hook, the query builder and the benchmark share them, so what
 * is indexed and what is asked for are normalised the same way.
 */
import { fold } from './fold'

/** Spaces, control and format characters, and the middle dot that separates name parts. */
const IGNORED = /[\s\p{Cc}\p{Cf}\u30fb]/gu

/**
 * The form text is compared in: the site search's folding (NFKC: full-width Latin → ASCII,
 * half-width kana → full-width; lower case; katakana → hiragana, so カナ and かな match), without
 * spaces or middle dots (so 佐藤陽菜 finds 佐藤 陽菜, and ハレノヒデザイン finds ハレノヒ・デザイン).
 */
export const normalizeSearchText = (value: string): string => fold(value).replace(IGNORED, '')

/** Characters by code point, so a kanji outside the BMP (𠮷) counts as one. */
const chars = (text: string): string[] => Array.from(text)

/** Every unigram and bigram of one normalised value (never across values). */
export const ngrams = (normalized: string): string[] => {
  const list = chars(normalized)
  const grams = new Set(list)
  for (let i = 0; i + 1 < list.length; i++) grams.add(list[i] + list[i + 1])
  return [...grams]
}

/**
 * What a normalised query needs from the index: one or two characters are looked up as they
 * are (exact, no recheck); a longer query needs all its bigrams, which narrows the candidates,
 * and then a LIKE recheck, because the bigrams may occur apart.
 */
export const queryGrams = (normalized: string): { grams: string[]; recheck: boolean } => {
  const list = chars(normalized)
  if (list.length === 0) return { grams: [], recheck: false }
  if (list.length <= 2) return { grams: [normalized], recheck: false }
  const grams = new Set<string>()
  for (let i = 0; i + 1 < list.length; i++) grams.add(list[i] + list[i + 1])
  return { grams: [...grams], recheck: true }
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`)

/** A LIKE pattern matching `text` anywhere, with LIKE's own characters escaped. */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`

/** A LIKE pattern matching values that start with `text`. */
export const prefixPattern = (text: string): string => `${escapeLike(text)}%`
