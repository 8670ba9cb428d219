import type { FieldError, FieldErrors } from '@/text/rules'

/**
 * What a members-area form action returns to its form: the outcome, the values to show again
 * (exactly as typed when something is wrong, as stored after a save) and one error per field.
 * Errors are message keys (with values, src/text/rules.ts) that the form translates; actions
 * stay language-free.
 */
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
