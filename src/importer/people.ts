/**
 * Who is interviewed: the people of the profile block, wherever it stands, or — for a text
 * without one — the names that label the first answer after each question.
 */
import { type Group, isProfileMarker, opensBlock, questionText, speakerLabel } from './lines'
import { parseProfile } from './profile'
import { normaliseName } from './speakers'
import type { Recorder } from './record'
import type { ImportedInterviewee } from './types'

export type People = {
  interviewees: ImportedInterviewee[]
  /** The groups the profile block used (left out of the body). */
  used: Set<Group>
  /** The group of the profile marker, or null without one (the lead may continue after it). */
  marker: Group | null
}

/** A group that cannot be a person: it opens a block or starts with a short `名前：` label. */
const endsProfile = (group: Group) => {
  const label = speakerLabel(group[0].text)?.label
  return opensBlock(group[0].text) || (label !== undefined && label.length <= 8 && !/\s/.test(label))
}

const fromProfile = (groups: Group[], rec: Recorder): People | null => {
  const index = groups.findIndex((group) => isProfileMarker(group[0].text))
  if (index === -1) return null
  const markerGroup = groups[index]
  const [marker, ...rest] = markerGroup
  rec.mark(marker, 'profile-marker')

  // The marker may share its group with the first person.
  const following = [...(rest.length ? [rest] : []), ...groups.slice(index + 1)]
  const end = following.findIndex(endsProfile)
  const people = parseProfile(end === -1 ? following : following.slice(0, end))

  const used = new Set<Group>([markerGroup])
  for (const person of people) {
    used.add(person.lines)
    for (const line of person.lines) rec.mark(line, 'interviewee', person.interviewee.name)
  }
  // Lines after the marker that are not a person go back to the body as a group of their own.
  if (rest.length && !used.has(rest)) groups.splice(index + 1, 0, rest)
  return { interviewees: people.map((p) => p.interviewee), used, marker: markerGroup }
}

const fromLabels = (groups: Group[], rec: Recorder): ImportedInterviewee[] => {
  const names: string[] = []
  groups.forEach((group, i) => {
    if (i === 0 || questionText(groups[i - 1][0].text) === null) return
    const label = speakerLabel(group[0].text)?.label
    const name = label && questionText(group[0].text) === null ? normaliseName(label) : ''
    if (name && !names.includes(name)) names.push(name)
  })
  for (const name of names) rec.warn({ code: 'speaker-inferred', subject: name })
  return names.map((name) => ({ name, isAlumni: false }))
}

/** Reads the people; may split the profile marker's group in `groups` (see above). */
export const readPeople = (groups: Group[], rec: Recorder): People => {
  const profile = fromProfile(groups, rec)
  if (profile?.interviewees.length) return profile
  if (!profile) rec.warn({ code: 'no-profile' })
  return { interviewees: fromLabels(groups, rec), used: profile?.used ?? new Set(), marker: profile?.marker ?? null }
}
