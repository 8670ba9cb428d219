import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from '@/auth/password'

/**
 * The registration form's fields and their checks, without any I/O: the server action parses
 * with it, the tests call it directly. Errors are message keys of the `errors` namespace
 * (account.json) with their values, so the form shows them in the reader's language.
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

export type FieldError = { key: string; values?: Record<string, number> }
export type FieldErrors<F extends string = string> = Partial<Record<F, FieldError>>

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

export const MIN_YEAR = 1950
/** Birth years are optional and asked only for age bands on the staff dashboard. */
export const MIN_BIRTH_YEAR = 1900
const MAX_TEXT = 100
const MAX_ORGANIZATION = 200
const MAX_EMAIL = 254

// Control characters (NUL, escape, …) cannot be typed into a form field, and PostgreSQL cannot store NUL.
const CONTROL = /[\u0000-\u001F\u007F]/g

/** Full-width digits and letters (１２３, ＴＷ) become ASCII; control characters and surrounding spaces go. */
export const normalize = (value: unknown): string =>
  typeof value === 'string' ? value.normalize('NFKC').replace(CONTROL, '').trim() : ''

// Practical rather than RFC 5322: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
// Hiragana, katakana (incl. the prolonged sound mark), spaces and the middle dots used in foreign names.
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・･=＝\s]+$/u

export const PASSWORD_ERRORS: Record<PasswordProblem, FieldError> = {
  tooShort: { key: 'passwordTooShort', values: { min: PASSWORD_MIN_LENGTH } },
  tooLong: { key: 'passwordTooLong', values: { max: PASSWORD_MAX_LENGTH } },
  isEmail: { key: 'passwordIsEmail' },
  common: { key: 'passwordCommon' },
  simple: { key: 'passwordSimple' },
}

export const emailError = (email: string): FieldError | undefined => {
  if (!email) return { key: 'required' }
  if (email.length > MAX_EMAIL) return { key: 'tooLong', values: { max: MAX_EMAIL } }
  if (!EMAIL.test(email)) return { key: 'email' }
  return undefined
}

export const passwordError = (password: string, email?: string): FieldError | undefined => {
  if (!password) return { key: 'required' }
  const problem = checkPassword(password, email)
  return problem ? PASSWORD_ERRORS[problem] : undefined
}

const yearError = (value: string, max: number, min = MIN_YEAR): FieldError | undefined => {
  if (!value) return { key: 'required' }
  const year = Number(value)
  if (!/^\d{4}$/.test(value) || year < min || year > max) return { key: 'year', values: { min, max } }
  return undefined
}

type Input = Partial<Record<RegistrationField, unknown>>

/** The form's values as typed (for showing them again), minus the password. */
export const echoValues = (input: Input): Partial<Record<RegistrationField, string>> =>
  Object.fromEntries(
    REGISTRATION_FIELDS.filter((field) => field !== 'password').map((field) => [
      field,
      typeof input[field] === 'string' ? (input[field] as string) : input[field] ? 'on' : '',
    ]),
  )

/** Checks every field; returns the normalised registration or the errors, field by field. */
export const parseRegistration = (
  input: Input,
  now = new Date(),
): { ok: true; data: Registration } | { ok: false; errors: FieldErrors<RegistrationField> } => {
  const text = (field: RegistrationField) => normalize(input[field])
  const errors: FieldErrors<RegistrationField> = {}
  const limit = (field: RegistrationField, max: number, required: boolean) => {
    const value = text(field)
    if (!value && required) errors[field] = { key: 'required' }
    else if ([...value].length > max) errors[field] = { key: 'tooLong', values: { max } }
    return value
  }

  const name = limit('name', MAX_TEXT, true)
  const nameKana = limit('nameKana', MAX_TEXT, true)
  if (nameKana && !errors.nameKana && !KANA.test(nameKana)) errors.nameKana = { key: 'kana' }
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
  const joinedProblem = yearError(joined, thisYear)
  const leftProblem = yearError(left, thisYear)
  if (joinedProblem) errors.joinedYear = joinedProblem
  if (leftProblem) errors.leftYear = leftProblem
  if (!joinedProblem && !leftProblem && Number(left) < Number(joined)) errors.leftYear = { key: 'leftBeforeJoined' }

  const lastDepartment = limit('lastDepartment', MAX_TEXT, true)
  const employeeNumber = limit('employeeNumber', 32, false).toUpperCase()
  const currentOrganization = limit('currentOrganization', MAX_ORGANIZATION, false)
  const title = limit('title', MAX_TEXT, false)

  // Optional: only checked when given.
  const birth = text('birthYear')
  const birthProblem = birth ? yearError(birth, thisYear, MIN_BIRTH_YEAR) : undefined
  if (birthProblem) errors.birthYear = birthProblem

  const consent = input.consent === true || input.consent === 'on' || input.consent === 'true'
  if (!consent) errors.consent = { key: 'consent' }

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
