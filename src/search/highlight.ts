import { foldWithSource } from './fold'

/** A run of text, marked when it matched the query. */
export type Segment = { text: string; match: boolean }

type Range = { start: number; end: number }

/** Where the (folded) terms occur in the original text, merged where they overlap. */
export const matchRanges = (original: string, terms: string[]): Range[] => {
  const folded = foldWithSource(original)
  const ranges: Range[] = []
  for (const term of terms) {
    for (let at = folded.text.indexOf(term); at !== -1 && term; at = folded.text.indexOf(term, at + term.length)) {
      ranges.push({ start: folded.source[at].start, end: folded.source[at + term.length - 1].end })
    }
  }
  ranges.sort((a, b) => a.start - b.start)
  const merged: Range[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

const toSegments = (text: string, ranges: Range[], offset = 0): Segment[] => {
  const segments: Segment[] = []
  let at = 0
  for (const { start, end } of ranges) {
    const from = Math.max(start - offset, 0)
    const to = Math.min(end - offset, text.length)
    if (to <= from) continue
    if (from > at) segments.push({ text: text.slice(at, from), match: false })
    segments.push({ text: text.slice(from, to), match: true })
    at = to
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false })
  return segments
}

/** The whole text, with its matches marked. */
export const highlight = (text: string, terms: string[]): Segment[] => toSegments(text, matchRanges(text, terms))

/**
 * A short excerpt around the first match (or the start, without one), with its matches
 * marked and an ellipsis where text was cut.
 */
export const excerpt = (text: string, terms: string[], length = 120): Segment[] => {
  const flat = text.replace(/\s+/g, ' ').trim()
  const ranges = matchRanges(flat, terms)
  if (flat.length <= length) return toSegments(flat, ranges)
  const first = ranges[0]?.start ?? 0
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), flat.length - length))
  const end = start + length
  const segments = toSegments(flat.slice(start, end), ranges, start)
  if (start > 0) segments.unshift({ text: '…', match: false })
  if (end < flat.length) segments.push({ text: '…', match: false })
  return segments
}
