/**
 * The HTTP status Payload gives its login errors: 401 for a wrong address or password and for a
 * locked account (AuthenticationError, LockedAuth), 400 for input it cannot take
 * (ValidationError), 403 for an unverified address (UnverifiedEmail). Read off the error, not by
 * `instanceof` or name: the production build can hold more than one copy of Payload's error
 * classes, and minifies their names.
 */
export const loginErrorStatus = (error: unknown): number | undefined => {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined
  return typeof status === 'number' ? status : undefined
}
