/**
 * Speaker labels → interviewee names. Transcripts often label answers with the family name only
 * (`酒井:`) while the profile gives the full name (`酒井 章`); English ones use either name. Some
 * label with the role the text gave the person (`人事部長：`) or with initials (`Y.T.：`).
 */
import type { ImportedInterviewee } from './types'

export type SpeakerMatch = { name: string } | { ambiguous: string[] } | null

type Person = Pick<ImportedInterviewee, 'name' | 'role' | 'organization'>

// Honorifics a label may carry: 酒井さん：, 酒井氏：
const HONORIFIC = /\s*(?:さん|氏|様|先生)$/

const compact = (text: string) => text.replace(/[\s\u3000・.．]/g, '').toLowerCase()

/** A name as the profile gives it, with its spaces made ordinary: `大門　孝行` → `大門 孝行`. */
export const normaliseName = (name: string): string => name.replace(/[\s\u3000]+/g, ' ').trim()

/** `Y.T.`, `YT`, `Ｙ．Ｔ．`: a label of initials only. */
export const isInitials = (label: string): boolean => /^(?:[A-ZＡ-Ｚ][.．]?\s?){1,3}$/.test(label.replace(HONORIFIC, '').trim())

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => (/^[A-Za-z]/.test(part) ? part[0].toLowerCase() : ''))
    .join('')

const one = (names: string[]): SpeakerMatch =>
  names.length === 1 ? { name: names[0] } : names.length > 1 ? { ambiguous: names } : null

export const resolveSpeaker = (label: string, people: (string | Person)[]): SpeakerMatch => {
  const all: Person[] = people.map((p) => (typeof p === 'string' ? { name: p } : p))
  const names = all.map((p) => p.name)
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
  if (partial.length || exact.length > 1) return one(partial.length ? partial : exact)
  // Initials: against names in Latin letters, `Taro Yamada` → `ty` and `yt`.
  if (isInitials(label)) {
    const byInitials = names.filter((name) => [initialsOf(name), [...initialsOf(name)].reverse().join('')].includes(wanted))
    if (byInitials.length) return one(byInitials)
  }
  // A role: `人事部長：` for the one whose role says it.
  const byRole = all.filter((p) => wanted.length >= 2 && p.role && compact(p.role).includes(wanted)).map((p) => p.name)
  return one(byRole)
}
