import type { ValidationError } from 'payload'

/**
 * What kind of error Payload threw, read off the error's HTTP status — never by `instanceof` or
 * name: the production build can hold more than one copy of Payload's error classes (a server
 * action's chunk may get its own), and minifies their names. A check by class works in tests
 * and silently fails in production.
 *
 * Login errors: 401 for a wrong address or password and for a locked account (AuthenticationError,
 * LockedAuth), 400 for input it cannot take (ValidationError), 403 for an unverified address.
 */
export const payloadErrorStatus = (error: unknown): number | undefined => {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined
  return typeof status === 'number' ? status : undefined
}

/** A ValidationError: a 400 that lists the fields it refused. */
export const isValidationError = (error: unknown): error is ValidationError =>
  payloadErrorStatus(error) === 400 && Array.isArray((error as { data?: { errors?: unknown } }).data?.errors)
