/**
 * Three hundred generated members who joined the network over its two years: a first wave when
 * it opened, then registrations growing month by month. Most were approved within a few days,
 * a few were rejected or later suspended, and the latest are still waiting for review.
 */
import type { Alumnus } from '../../../payload-types'
import { DEPARTMENTS, OPERATOR } from '../operator'
import { hash, prng } from '../util'
import { DAY, historyMonths, later, momentIn, sample, weighted, yearOf } from './calendar'
import { FAMILY, GIVEN, type NamePart, PLACES, SKILLS, WORKPLACES } from './names'

export const HISTORY_PEOPLE = 300

type OpenTo = NonNullable<Alumnus['openTo']>[number]

export type HistoryPerson = {
  email: string
  family: NamePart
  given: NamePart
  status: Alumnus['status']
  hidden: boolean
  createdAt: number
  /** When staff decided (approved, rejected; suspended people were approved first). */
  reviewedAt: number | null
  industry: NonNullable<Alumnus['industry']>
  org: string
  title: string
  location: string
  career: string
  skills: string[]
  departments: string[]
  openTo: OpenTo[]
  joined: number
  left: number
  birthYear: number
  employeeNumber: string
  /** 0–1: how often this person takes part (events, the board, the feed). */
  engagement: number
}

const OPEN_TO: [OpenTo, number][] = [['business', 5], ['mentoring', 4], ['fixedTerm', 3], ['rejoining', 2], ['investment', 1]]

/** Registrations per month: the network's opening wave, then steady growth (and a spring bump, when people change jobs). */
const monthWeights = (keys: string[]) =>
  keys.map((key, i) => (i === 0 ? 3.2 : 1 + (1.8 * i) / (keys.length - 1)) * (key.endsWith('-04') || key.endsWith('-05') ? 1.3 : 1))

/** Splits `total` by weight (largest remainder), so the months add up exactly. */
const apportion = (weights: number[], total: number): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (w * total) / sum)
  const counts = exact.map(Math.floor)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  const missing = total - counts.reduce((a, b) => a + b, 0)
  for (let k = 0; k < missing; k++) counts[order[k][1]] += 1
  return counts
}

const pick = <T>(items: readonly T[], random: () => number, flatness = 6): T =>
  weighted(items, (_, rank) => 1 / (rank + flatness), random)

const careerOf = (org: string, title: string, skill: string) =>
  org === 'フリーランス'
    ? `独立して、${skill}を中心にいくつかの会社の仕事を手伝っています。`
    : `${org}で${title}を務めています。つむぎワークスで身につけた${skill}の経験がいまの仕事の土台です。`

/**
 * The generated members, oldest registration first. `reserved` holds the emails already taken
 * (the named demo members); `today` is midnight in Tokyo.
 */
export const historyPeople = (today: number, reserved: ReadonlySet<string>): HistoryPerson[] => {
  const random = prng(hash('enishi-history-people'))
  const months = historyMonths(today)
  const counts = apportion(monthWeights(months.map((m) => m.key)), HISTORY_PEOPLE)
  const taken = new Set(reserved)
  const people: HistoryPerson[] = []

  for (const [m, month] of months.entries()) {
    const moments = Array.from({ length: counts[m] }, () => momentIn(month, random)).sort((a, b) => a - b)
    for (const createdAt of moments) {
      const family = pick(FAMILY, random)
      const given = GIVEN[Math.floor(random() * GIVEN.length)]
      const base = `${given[2]}.${family[2]}`.toLowerCase()
      let email = `${base}@alumni.example`
      for (let n = 2; taken.has(email); n++) email = `${base}${n}@alumni.example`
      taken.add(email)

      const age = (today - createdAt) / DAY
      const r = random()
      const status: Alumnus['status'] =
        age < 3 || (age < 14 && r < 0.3) ? 'pending' : r > 0.95 ? 'rejected' : r > 0.92 ? 'suspended' : 'approved'
      const reviewedAt = status === 'pending' ? null : later(createdAt, 0.3 + random() * 5, today - 60 * 60 * 1000)

      const work = weighted(WORKPLACES, (w) => w.weight, random)
      const org = work.orgs[Math.floor(random() * work.orgs.length)]
      const title = work.titles[Math.floor(random() * work.titles.length)]
      const skills = sample(SKILLS, 2 + Math.floor(random() * 3), () => 1, random)
      const depts = sample(Object.values(DEPARTMENTS), 1 + (random() < 0.3 ? 1 : 0), () => 1, random)
      const openTo = sample(OPEN_TO, 1 + Math.floor(random() * 3), ([, w]) => w, random).map(([value]) => value)

      // Left between 2006 and the year they registered (recent years more often) after 2–12 years, a few after a long
      // career; most joined as graduates, some mid-career (the company hires since 1999).
      const registeredYear = yearOf(createdAt)
      const left = weighted(
        Array.from({ length: registeredYear - 2005 }, (_, i) => 2006 + i),
        (year) => 1 + (year - 2006) * 0.35,
        random,
      )
      const tenure = random() < 0.08 ? 12 + Math.floor(random() * 9) : 2 + Math.floor(random() ** 1.5 * 11)
      const joined = Math.max(1999, left - tenure)
      const ageAtJoining = 22 + Math.floor(random() ** 2 * 24)

      people.push({
        email,
        family,
        given,
        status,
        hidden: status === 'approved' && random() < 0.06,
        createdAt,
        reviewedAt,
        industry: work.industry,
        org,
        title,
        location: pick(PLACES, random, 3),
        career: careerOf(org, title, skills[0]),
        skills,
        departments: depts,
        openTo,
        joined,
        left,
        birthYear: joined - ageAtJoining,
        employeeNumber: `${OPERATOR.employeeNumberPrefix}${String(joined % 100).padStart(2, '0')}${String(people.length + 101).padStart(3, '0')}`,
        engagement: random() ** 2,
      })
    }
  }
  return people
}

/** Approved before `at` (and so able to take part then). */
export const memberAt = (person: HistoryPerson, at: number): boolean =>
  person.status !== 'pending' && person.status !== 'rejected' && person.reviewedAt !== null && person.reviewedAt < at
