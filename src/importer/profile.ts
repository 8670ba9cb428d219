/**
 * The `【プロフィール】` block: one group of lines per person — organisation and role lines, then the
 * name line `大門 孝行 さん`, optionally with a note `(電通アルムナイ)` that marks an alumnus.
 *
 *   株式会社クリエイティブ・ジャーニー 代表      ← organisation (first line)
 *   電通アルムナイ・ネットワーク マネージャー   ← role (the other lines, joined)
 *   酒井 章 さん(電通アルムナイ)              ← name, alumni note
 *
 * English profiles have no さん: there the last line of a short group is the name
 * (`Jane Doe (Acme alumna)`). The block ends at the first group that is not a person.
 */
import type { Group, Line } from './lines'
import { normaliseName } from './speakers'
import type { ImportedInterviewee } from './types'

export type Person = { interviewee: ImportedInterviewee; lines: Line[] }

const HONORIFIC_NAME = /^(.{1,24}?)\s*さん\s*(?:[（(]([^）)]*)[）)])?$/
const NOTE = /^(.+?)\s*[（(]([^）)]*)[）)]$/
const ALUMNI_NOTE = /アルムナイ|卒業生|出身|元社員|OB|OG|alumn|former/i

/** Sentence-like: a line of running text rather than a name, a company or a title. */
const sentenceLike = (line: string) =>
  line.length > 60 || /[。！？!?]$/.test(line) || (/\.$/.test(line) && line.split(/\s+/).length > 6)

const nameLine = (line: string, honorificOnly: boolean) => {
  const honorific = HONORIFIC_NAME.exec(line)
  if (honorific && !/[、。，,]/.test(honorific[1])) return { name: honorific[1], note: honorific[2] }
  if (honorificOnly) return null
  const noted = NOTE.exec(line)
  return noted ? { name: noted[1], note: noted[2] } : { name: line, note: undefined }
}

/** The person a group of lines describes, or null when the group is something else. */
export const parsePerson = (group: Group): Person | null => {
  const honorificIndex = group.findLastIndex((line) => nameLine(line.text, true))
  const index = honorificIndex === -1 ? group.length - 1 : honorificIndex
  if (honorificIndex === -1 && (group.length > 4 || group.some((line) => sentenceLike(line.text)))) return null
  const parsed = nameLine(group[index].text, false)
  if (!parsed || parsed.name.length > 40 || sentenceLike(parsed.name)) return null

  const others = group.filter((_, i) => i !== index).map((line) => line.text)
  if (others.some((text) => text.length > 80)) return null

  const isAlumni = Boolean(parsed.note && ALUMNI_NOTE.test(parsed.note))
  // A note that is not about being an alumnus (e.g. `(当時)`) stays with the role.
  const roleParts = [...others.slice(1), ...(parsed.note && !isAlumni ? [`(${parsed.note})`] : [])]
  return {
    interviewee: {
      name: normaliseName(parsed.name),
      ...(others[0] ? { organization: others[0] } : {}),
      ...(roleParts.length ? { role: roleParts.join(' ') } : {}),
      isAlumni,
    },
    lines: group,
  }
}

/** The people of a profile block: consecutive person groups from `groups[0]` on. */
export const parseProfile = (groups: Group[]): Person[] => {
  const people: Person[] = []
  for (const group of groups) {
    const person = parsePerson(group)
    if (!person) break
    people.push(person)
  }
  return people
}
