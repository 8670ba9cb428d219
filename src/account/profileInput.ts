import { INDUSTRIES, OPEN_TO } from '@/lib/options'
import type { Alumnus } from '@/payload-types'
import {
  checkLinkUrl,
  emailError,
  type FieldErrors,
  fieldError,
  FIRST_BIRTH_YEAR,
  FIRST_YEAR,
  formText,
  isKana,
  isPhone,
  isRomaji,
  MAX_EMAIL,
  normalizeLine,
  plainLine,
  plainText,
  yearError,
  yearIn,
} from '@/text/rules'


/**
 * The profile form's fields: reading them from a submitted form, checking them, and turning
 * them into the alumni document's profile fields. Pure functions; saving is in profile.ts.
 */

export const MAX_LINKS = 5

export const LIMITS = {
  name: 100,
  line: 200,
  longText: 2000,
  skill: 50,
  skills: 20,
  department: 100,
  departments: 10,
  linkLabel: 60,
  linkUrl: 500,
  email: MAX_EMAIL,
} as const

export type Visibility = 'members' | 'staff'
export type LinkValue = { label: string; url: string }

/** The form's values as text, so anything typed can be shown again unchanged. */
export type ProfileValues = {
  name: string
  nameKana: string
  nameRomaji: string
  currentOrganization: string
  title: string
  industry: string
  location: string
  careerSinceLeaving: string
  bio: string
  skills: string
  openTo: string[]
  links: LinkValue[]
  joinedYear: string
  leftYear: string
  departments: string
  birthYear: string
  contactEmail: string
  contactEmailVisibility: Visibility
  contactPhone: string
  contactPhoneVisibility: Visibility
  hiddenFromDirectory: boolean
}

/** Exactly the fields the profile form may write: nothing else of the document is ever sent. */
export type ProfileUpdate = Pick<
  Alumnus,
  | 'name'
  | 'nameKana'
  | 'nameRomaji'
  | 'currentOrganization'
  | 'title'
  | 'industry'
  | 'location'
  | 'careerSinceLeaving'
  | 'bio'
  | 'skills'
  | 'openTo'
  | 'links'
  | 'joinedYear'
  | 'leftYear'
  | 'departments'
  | 'birthYear'
  | 'hiddenFromDirectory'
> & {
  contact: { email: string | null; emailVisibility: Visibility; phone: string | null; phoneVisibility: Visibility }
}

type Industry = NonNullable<Alumnus['industry']>
type OpenTo = NonNullable<Alumnus['openTo']>[number]

const INDUSTRY_VALUES: readonly string[] = INDUSTRIES.map((option) => option.value)
const OPEN_TO_VALUES: readonly string[] = OPEN_TO.map((option) => option.value)

/** Skills and departments are typed as one line, separated by commas (`,` `、` `，`) or line breaks. */
export const splitList = (value: string): string[] => [
  ...new Set(
    value
      .split(/[,、，\n]/)
      .map(plainLine)
      .filter(Boolean),
  ),
]

const joinList = (items: string[] | null | undefined) => (items ?? []).join(', ')

const visibilityOf = (value: unknown): Visibility => (value === 'members' ? 'members' : 'staff')

/** The form's starting values from the stored profile. */
export const profileValues = (doc: Alumnus): ProfileValues => ({
  name: doc.name ?? '',
  nameKana: doc.nameKana ?? '',
  nameRomaji: doc.nameRomaji ?? '',
  currentOrganization: doc.currentOrganization ?? '',
  title: doc.title ?? '',
  industry: doc.industry ?? '',
  location: doc.location ?? '',
  careerSinceLeaving: doc.careerSinceLeaving ?? '',
  bio: doc.bio ?? '',
  skills: joinList(doc.skills),
  openTo: [...(doc.openTo ?? [])],
  links: (doc.links ?? []).map(({ label, url }) => ({ label, url })),
  joinedYear: doc.joinedYear ? String(doc.joinedYear) : '',
  leftYear: doc.leftYear ? String(doc.leftYear) : '',
  departments: joinList(doc.departments),
  birthYear: doc.birthYear ? String(doc.birthYear) : '',
  contactEmail: doc.contact?.email ?? '',
  contactEmailVisibility: visibilityOf(doc.contact?.emailVisibility),
  contactPhone: doc.contact?.phone ?? '',
  contactPhoneVisibility: visibilityOf(doc.contact?.phoneVisibility),
  hiddenFromDirectory: Boolean(doc.hiddenFromDirectory),
})

/** The submitted form as typed. Unknown fields (status, verification, id, …) are never read. */
export const readProfileForm = (form: FormData): ProfileValues => ({
  name: formText(form, 'name'),
  nameKana: formText(form, 'nameKana'),
  nameRomaji: formText(form, 'nameRomaji'),
  currentOrganization: formText(form, 'currentOrganization'),
  title: formText(form, 'title'),
  industry: formText(form, 'industry'),
  location: formText(form, 'location'),
  careerSinceLeaving: formText(form, 'careerSinceLeaving'),
  bio: formText(form, 'bio'),
  skills: formText(form, 'skills'),
  openTo: form.getAll('openTo').filter((value): value is string => typeof value === 'string'),
  links: Array.from({ length: MAX_LINKS }, (_, i) => ({
    label: formText(form, `links.${i}.label`),
    url: formText(form, `links.${i}.url`),
  })),
  joinedYear: formText(form, 'joinedYear'),
  leftYear: formText(form, 'leftYear'),
  departments: formText(form, 'departments'),
  birthYear: formText(form, 'birthYear'),
  contactEmail: formText(form, 'contactEmail'),
  contactEmailVisibility: visibilityOf(form.get('contactEmailVisibility')),
  contactPhone: formText(form, 'contactPhone'),
  contactPhoneVisibility: visibilityOf(form.get('contactPhoneVisibility')),
  hiddenFromDirectory: form.has('hiddenFromDirectory'),
})

/** An optional year: null when empty, 'invalid' when not a year from `first` to this year. */
const year = (value: string, first = FIRST_YEAR): number | null | 'invalid' => {
  const text = normalizeLine(value)
  if (!text) return null
  return yearIn(text, first, new Date().getFullYear()) ?? 'invalid'
}

export type ParsedProfile = { ok: true; data: ProfileUpdate } | { ok: false; errors: FieldErrors }

/** Checks the typed values; on success, the cleaned profile fields to store. */
export const parseProfile = (values: ProfileValues): ParsedProfile => {
  const errors: FieldErrors = {}

  const line = (field: keyof ProfileValues, max: number = LIMITS.line, required = false): string | null => {
    const text = plainLine(String(values[field]))
    if (!text) {
      if (required) errors[field] = fieldError('required')
      return null
    }
    if (text.length > max) errors[field] = fieldError('tooLong', { max })
    return text
  }
  const text = (field: 'careerSinceLeaving' | 'bio'): string | null => {
    const cleaned = plainText(values[field])
    if (cleaned.length > LIMITS.longText) errors[field] = fieldError('tooLong', { max: LIMITS.longText })
    return cleaned || null
  }
  const list = (field: 'skills' | 'departments', maxItems: number, maxLength: number): string[] => {
    const items = splitList(values[field])
    if (items.length > maxItems) errors[field] = fieldError('tooMany', { max: maxItems })
    else if (items.some((item) => item.length > maxLength)) errors[field] = fieldError('itemTooLong', { max: maxLength })
    return items
  }

  const name = line('name', LIMITS.name, true)
  const nameKana = line('nameKana', LIMITS.name, true)
  if (nameKana && !errors.nameKana && !isKana(nameKana)) errors.nameKana = fieldError('kana')
  const nameRomaji = line('nameRomaji', LIMITS.name)
  if (nameRomaji && !errors.nameRomaji && !isRomaji(nameRomaji)) errors.nameRomaji = fieldError('romaji')

  const industry = values.industry || null
  if (industry && !INDUSTRY_VALUES.includes(industry)) errors.industry = fieldError('invalidChoice')
  // Unknown open-to values can only come from a crafted request; they are dropped, not stored.
  const openTo = [...new Set(values.openTo.filter((value) => OPEN_TO_VALUES.includes(value)))] as OpenTo[]

  const links: LinkValue[] = []
  values.links.forEach((link, i) => {
    const label = plainLine(link.label)
    const url = link.url.trim()
    if (!label && !url) return
    if (!label) errors[`links.${i}.label`] = fieldError('linkLabelRequired')
    else if (label.length > LIMITS.linkLabel) errors[`links.${i}.label`] = fieldError('tooLong', { max: LIMITS.linkLabel })
    if (!url) errors[`links.${i}.url`] = fieldError('required')
    else if (url.length > LIMITS.linkUrl) errors[`links.${i}.url`] = fieldError('tooLong', { max: LIMITS.linkUrl })
    else {
      const problem = checkLinkUrl(url)
      if (problem) errors[`links.${i}.url`] = fieldError(problem)
    }
    links.push({ label, url })
  })

  const joinedYear = year(values.joinedYear)
  const leftYear = year(values.leftYear)
  const thisYear = new Date().getFullYear()
  if (joinedYear === 'invalid') errors.joinedYear = yearError(FIRST_YEAR, thisYear)
  if (leftYear === 'invalid') errors.leftYear = yearError(FIRST_YEAR, thisYear)
  if (typeof joinedYear === 'number' && typeof leftYear === 'number' && leftYear < joinedYear) {
    errors.leftYear = fieldError('leftBeforeJoined')
  }
  const birthYear = year(values.birthYear, FIRST_BIRTH_YEAR)
  if (birthYear === 'invalid') errors.birthYear = yearError(FIRST_BIRTH_YEAR, thisYear)

  const contactEmail = values.contactEmail.trim() || null
  const emailProblem = contactEmail ? emailError(contactEmail) : undefined
  if (emailProblem) errors.contactEmail = emailProblem
  // Full-width digits and hyphens (０９０－…) are common in Japanese input.
  const contactPhone = normalizeLine(values.contactPhone) || null
  if (contactPhone && !isPhone(contactPhone)) errors.contactPhone = fieldError('invalidPhone')

  const data: ProfileUpdate = {
    name: name ?? '',
    nameKana: nameKana ?? '',
    nameRomaji,
    currentOrganization: line('currentOrganization'),
    title: line('title'),
    industry: industry as Industry | null,
    location: line('location'),
    careerSinceLeaving: text('careerSinceLeaving'),
    bio: text('bio'),
    skills: list('skills', LIMITS.skills, LIMITS.skill),
    openTo,
    links,
    joinedYear: typeof joinedYear === 'number' ? joinedYear : null,
    leftYear: typeof leftYear === 'number' ? leftYear : null,
    departments: list('departments', LIMITS.departments, LIMITS.department),
    birthYear: typeof birthYear === 'number' ? birthYear : null,
    hiddenFromDirectory: values.hiddenFromDirectory,
    contact: {
      email: contactEmail,
      emailVisibility: values.contactEmailVisibility,
      phone: contactPhone,
      phoneVisibility: values.contactPhoneVisibility,
    },
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, data }
}
