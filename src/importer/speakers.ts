/**
 * Speaker labels → interviewee names. Transcripts often label answers with the family name only
 * (`酒井:`) while the profile gives the full name (`酒井 章`); English ones use either name.
 */

export type SpeakerMatch = { name: string } | { ambiguous: string[] } | null

// Honorifics a label may carry: 酒井さん：, 酒井氏：
const HONORIFIC = /\s*(?:さん|氏|様|先生)$/

const compact = (text: string) => text.replace(/[\s\u3000・.]/g, '').toLowerCase()

/** A name as the profile gives it, with its spaces made ordinary: `大門　孝行` → `大門 孝行`. */
export const normaliseName = (name: string): string => name.replace(/[\s\u3000]+/g, ' ').trim()

export const resolveSpeaker = (label: string, names: string[]): SpeakerMatch => {
  const wanted = compact(label.replace(HONORIFIC, ''))
  if (!wanted) return null
  const exact = names.filter((name) => compact(name) === wanted)
  if (exact.length === 1) return { name: exact[0] }
  const partial = names.filter(
    (name) =>
      name.split(/\s+/).some((part) => compact(part) === wanted) ||
      // A name written without a space (`酒井章`) still starts with the family name.
      (!/\s/.test(name) && compact(name).startsWith(wanted)),
  )
  if (partial.length === 1) return { name: partial[0] }
  if (partial.length > 1 || exact.length > 1) return { ambiguous: partial.length ? partial : exact }
  return null
}
