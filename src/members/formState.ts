/**
 * What a members-area form action returns to its form: the outcome, the values to show again
 * (exactly as typed when something is wrong, as stored after a save) and one error per field.
 * Errors are message keys (with values) that the form translates; actions stay language-free.
 */
export type FieldError = { key: string; values?: Record<string, number | string> }

export type FieldErrors = Partial<Record<string, FieldError>>

export type FormStatus = 'idle' | 'saved' | 'invalid' | 'failed'

export type FormState<V> = {
  status: FormStatus
  values: V
  errors: FieldErrors
  /** A message for the whole form (e.g. "you were signed out"), as a key like field errors. */
  formError?: FieldError
  /** When a save succeeded: a form shows the stored values afresh after each one. */
  savedAt?: string
}

export const fieldError = (key: string, values?: FieldError['values']): FieldError => (values ? { key, values } : { key })

/** A string from a form field; files and missing fields read as ''. */
// Control characters other than tabs and line breaks cannot be typed, and PostgreSQL cannot store NUL.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export const formText = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.replace(CONTROL, '') : ''
}
