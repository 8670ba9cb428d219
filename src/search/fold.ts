/**
 * Text folding for site search, so that a reader finds what they meant however it was typed:
 * NFKC (full-width ⇄ half-width letters, digits and katakana), lower case, and katakana read as
 * hiragana (「アルムナイ」 matches 「あるむない」). Matching is plain substring search on folded
 * text, which is what makes one- and two-character Japanese queries work.
 */

/** Katakana (ァ–ヶ, ヽヾ) → hiragana: the two scripts sit 0x60 apart in Unicode. */
const toHiragana = (text: string): string =>
  text.replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))

/** Fold a piece of text for matching. */
export const fold = (text: string): string => toHiragana(text.normalize('NFKC').toLowerCase())

/** Marks that NFKC merges into the character before them (dakuten, combining accents). */
const JOINS_PREVIOUS = /^[\p{M}\uff9e\uff9f]$/u

/**
 * Folded text with a way back: `source[i]` is the range of the original text that folded
 * character `i` came from. Each base character is folded together with the marks after it
 * (ｶﾞ → が), so a match in the folded text maps onto whole original characters.
 */
export type FoldedText = { text: string; source: { start: number; end: number }[] }

export const foldWithSource = (original: string): FoldedText => {
  const units: { start: number; end: number }[] = []
  let index = 0
  for (const char of original) {
    const last = units[units.length - 1]
    if (last && JOINS_PREVIOUS.test(char)) last.end = index + char.length
    else units.push({ start: index, end: index + char.length })
    index += char.length
  }
  let text = ''
  const source: FoldedText['source'] = []
  for (const unit of units) {
    const piece = fold(original.slice(unit.start, unit.end))
    text += piece
    for (let i = 0; i < piece.length; i++) source.push(unit)
  }
  return { text, source }
}

/** The words of a query, folded, without duplicates; at most `max` of them. */
export const queryTerms = (query: string, max = 5): string[] =>
  [...new Set(fold(query).split(/\s+/).filter(Boolean))].slice(0, max)
