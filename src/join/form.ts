import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from '@/auth/password'
import {
  emailError,
  type FieldError,
  type FieldErrors,
  fieldError,
  FIRST_BIRTH_YEAR,
  FIRST_YEAR,
  isKana,
  normalizeLine,
  yearError,
  yearIn,
} from '@/text/rules'

/**
 * The registration form's fields and their checks, without any I/O: the server action parses
 * with it, the tests call it directly. The text rules and the error vocabulary are the site's
 * own (src/text/rules.ts), so the form shows errors in the reader's language.
 */
export const REGISTRATION_FIELDS = [
  'name',
  'nameKana',
  'nameRomaji',
  'email',
  'password',
  'joinedYear',
  'leftYear',
  'lastDepartment',
  'employeeNumber',
  'currentOrganization',
  'title',
  'birthYear',
  'consent',
] as const

export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]


/** What a valid form becomes: trimmed, normalised, years as numbers. */
export type Registration = {
  name: string
  nameKana: string
  nameRomaji?: string
  email: string
  password: string
  joinedYear: number
  leftYear: number
  lastDepartment: string
  employeeNumber?: string
  currentOrganization?: string
  title?: string
  birthYear?: number
}

const MAX_TEXT = 100
const MAX_ORGANIZATION = 200

export const PASSWORD_ERRORS: Record<PasswordProblem, FieldError> = {
  tooShort: fieldError('passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
  tooLong: fieldError('passwordTooLong', { max: PASSWORD_MAX_LENGTH }),
  isEmail: fieldError('passwordIsEmail'),
  common: fieldError('passwordCommon'),
  simple: fieldError('passwordSimple'),
}

export const passwordError = (password: string, email?: string): FieldError | undefined => {
  if (!password) return fieldError('required')
  // Over twice the limit in UTF-16 units is over it in characters: no need to count megabytes.
  if (password.length > 2 * PASSWORD_MAX_LENGTH) return PASSWORD_ERRORS.tooLong
  const problem = checkPassword(password, email)
  return problem ? PASSWORD_ERRORS[problem] : undefined
}

const checkYear = (value: string, max: number, min = FIRST_YEAR): FieldError | undefined => {
  if (!value) return fieldError('required')
  return yearIn(value, min, max) === null ? yearError(min, max) : undefined
}

type Input = Partial<Record<RegistrationField, unknown>>

/**
 * Characters of a value read at all: over twice the longest field, so a longer value is too long
 * whatever it holds. A form may carry megabytes (Next's body limit); they are neither normalised
 * nor sent back in full.
 */
const MAX_READ = 1000
const head = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_READ) : value)

/** The form's values as typed (for showing them again), minus the password. */
export const echoValues = (input: Input): Partial<Record<RegistrationField, string>> =>
  Object.fromEntries(
    REGISTRATION_FIELDS.filter((field) => field !== 'password').map((field) => [
      field,
      typeof input[field] === 'string' ? (input[field] as string).slice(0, MAX_READ) : input[field] ? 'on' : '',
    ]),
  )

/** Checks every field; returns the normalised registration or the errors, field by field. */
export const parseRegistration = (
  input: Input,
  now = new Date(),
): { ok: true; data: Registration } | { ok: false; errors: FieldErrors<RegistrationField> } => {
  const text = (field: RegistrationField) => normalizeLine(head(input[field]))
  const errors: FieldErrors<RegistrationField> = {}
  const limit = (field: RegistrationField, max: number, required: boolean) => {
    const value = text(field)
    if (!value && required) errors[field] = fieldError('required')
    // Counted in characters; a text of more than twice as many UTF-16 units is too long without counting.
    else if (value.length > 2 * max || [...value].length > max) errors[field] = fieldError('tooLong', { max })
    return value
  }

  const name = limit('name', MAX_TEXT, true)
  const nameKana = limit('nameKana', MAX_TEXT, true)
  if (nameKana && !errors.nameKana && !isKana(nameKana)) errors.nameKana = fieldError('kana')
  const nameRomaji = limit('nameRomaji', MAX_TEXT, false)

  const email = text('email').toLowerCase()
  const emailProblem = emailError(email)
  if (emailProblem) errors.email = emailProblem
  // The password is taken exactly as typed: spaces and full-width characters are part of it.
  const password = typeof input.password === 'string' ? input.password : ''
  const passwordProblem = passwordError(password, email)
  if (passwordProblem) errors.password = passwordProblem

  const thisYear = now.getFullYear()
  const joined = text('joinedYear')
  const left = text('leftYear')
  const joinedProblem = checkYear(joined, thisYear)
  const leftProblem = checkYear(left, thisYear)
  if (joinedProblem) errors.joinedYear = joinedProblem
  if (leftProblem) errors.leftYear = leftProblem
  if (!joinedProblem && !leftProblem && Number(left) < Number(joined)) errors.leftYear = fieldError('leftBeforeJoined')

  const lastDepartment = limit('lastDepartment', MAX_TEXT, true)
  const employeeNumber = limit('employeeNumber', 32, false).toUpperCase()
  const currentOrganization = limit('currentOrganization', MAX_ORGANIZATION, false)
  const title = limit('title', MAX_TEXT, false)

  // Optional: only checked when given.
  const birth = text('birthYear')
  const birthProblem = birth ? checkYear(birth, thisYear, FIRST_BIRTH_YEAR) : undefined
  if (birthProblem) errors.birthYear = birthProblem

  const consent = input.consent === true || input.consent === 'on' || input.consent === 'true'
  if (!consent) errors.consent = fieldError('consent')

  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    data: {
      name,
      nameKana,
      nameRomaji: nameRomaji || undefined,
      email,
      password,
      joinedYear: Number(joined),
      leftYear: Number(left),
      lastDepartment,
      employeeNumber: employeeNumber || undefined,
      currentOrganization: currentOrganization || undefined,
      title: title || undefined,
      birthYear: birth ? Number(birth) : undefined,
    },
  }
}
