/**
 * Who is interviewed, from every place the genre names them, in the order of the text:
 * the profile block (wherever it stands), people lines under the title or a section heading
 * (./byline.ts), and — for a text with neither — the names that label the first answer after
 * each question, or a name with さん in the title.
 */
import { bylineEntries, isOrganizationLine, withOrganization } from './byline'
import { afterDash, answerMark, type Group, isNote, isProfileMarker, type Line, opensBlock, questionText, speakerLabel } from './lines'
import { parseProfile } from './profile'
import type { Recorder } from './record'
import { normaliseName } from './speakers'
import type { ImportedInterviewee } from './types'

export type People = {
  interviewees: ImportedInterviewee[]
  /** The groups the profile block used (left out of the body). */
  used: Set<Group>
  /** The group of the profile marker, or null without one (the lead may continue after it). */
  marker: Group | null
  /** People lines and the people each introduces; organisation lines introduce nobody. */
  bylines: Map<Line, ImportedInterviewee[]>
}

/** A group that cannot be a person: it opens a block or starts with a short `名前：` label. */
const endsProfile = (group: Group) => {
  const label = speakerLabel(group[0].text)?.label
  return opensBlock(group[0].text) || isNote(group[0].text) || (label !== undefined && label.length <= 8 && !/\s/.test(label))
}

const fromProfile = (groups: Group[], rec: Recorder) => {
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

/** People lines outside the profile block, with the organisation line above each, if any. */
const fromBylines = (groups: Group[], used: Set<Group>): Map<Line, ImportedInterviewee[]> => {
  const bylines = new Map<Line, ImportedInterviewee[]>()
  const lines = groups.filter((group) => !used.has(group)).flat()
  // The organisation line over a run of people lines, one person a line.
  let organization: string | undefined
  lines.forEach((line, i) => {
    const entries = opensBlock(line.text) || line.image !== undefined || line.bold || line.heading ? null : bylineEntries(line.text)
    const above = lines[i - 1]
    if (!entries || !above || !bylines.has(above)) organization = undefined
    if (!entries) return
    if (above && !bylines.has(above) && isOrganizationLine(above.text) && entries.some((e) => !e.ownOrganization)) {
      organization = above.text
      bylines.set(above, [])
    }
    bylines.set(
      line,
      entries.map((entry) => withOrganization({ ...entry, name: normaliseName(entry.name) }, organization)),
    )
  })
  return bylines
}

const fromLabels = (groups: Group[]): string[] => {
  const names: string[] = []
  groups.forEach((group, i) => {
    if (i === 0 || questionText(groups[i - 1][0].text) === null) return
    // `──氏名：` is an answer too.
    const text = afterDash(group[0].text) ?? group[0].text
    const label = speakerLabel(text)?.label
    if (!label || label.length > 12 || questionText(text) !== null || answerMark(text) !== null) return
    const name = normaliseName(label.replace(/\s*(?:さん|氏)$/, ''))
    if (name && !names.includes(name)) names.push(name)
  })
  return names
}

const TITLE_NAME = /([\p{Script=Han}\p{Script=Katakana}ー々]{2,6}(?:[\s\u3000][\p{Script=Han}\p{Script=Katakana}ー々]{1,6})?)\s*(?:さん|氏)/u

/** `a / b` when the second mention says something the first did not. */
const both = (a?: string, b?: string) => (a && b && !a.includes(b) ? `${a} / ${b}` : (a ?? b))

/** Merges people named twice (a people line and a profile, say) into one, keeping what each says. */
const merge = (people: ImportedInterviewee[]): ImportedInterviewee[] => {
  const byName = new Map<string, ImportedInterviewee>()
  for (const person of people) {
    const known = byName.get(person.name)
    if (!known) {
      byName.set(person.name, { ...person })
      continue
    }
    const organization = both(known.organization, person.organization)
    const role = both(known.role, person.role)
    byName.set(person.name, {
      name: person.name,
      ...(organization ? { organization } : {}),
      ...(role ? { role } : {}),
      isAlumni: known.isAlumni || person.isAlumni,
    })
  }
  return [...byName.values()]
}

/** Reads the people; may split the profile marker's group in `groups` (see above). */
export const readPeople = (groups: Group[], title: string, rec: Recorder): People => {
  const profile = fromProfile(groups, rec)
  if (!profile) rec.warn({ code: 'no-profile' })
  const used = profile?.used ?? new Set<Group>()
  const bylines = fromBylines(groups, used)
  const interviewees = merge([...(profile?.interviewees ?? []), ...[...bylines.values()].flat()])
  const result = { used, marker: profile?.marker ?? null, bylines }
  if (interviewees.length) return { ...result, interviewees }

  const inferred = fromLabels(groups)
  const fromTitle = TITLE_NAME.exec(title)?.[1]
  const names = inferred.length ? inferred : fromTitle ? [normaliseName(fromTitle)] : []
  for (const name of names) rec.warn({ code: 'speaker-inferred', subject: name })
  if (!names.length) rec.warn({ code: 'no-interviewees' })
  return { ...result, interviewees: names.map((name) => ({ name, isAlumni: false })) }
}
