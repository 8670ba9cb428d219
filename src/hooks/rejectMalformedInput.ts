import { APIError, AuthenticationError, type CollectionBeforeOperationHook, type FlattenedField, type Where } from 'payload'

const NUL = '\u0000'

/**
 * Whether a value holds a NUL character anywhere (keys too), walked without recursion. A
 * top-level password is only ever hashed, so it may hold anything.
 */
const containsNul = (value: unknown): boolean => {
  const { password: _password, ...rest } = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value }
  const stack: unknown[] = [rest]
  while (stack.length) {
    const item = stack.pop()
    if (typeof item === 'string') {
      if (item.includes(NUL)) return true
    } else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes(NUL)) return true
        stack.push(child)
      }
    }
  }
  return false
}

/** A copy of a query with every NUL turned into U+FFFD: text with a NUL can never be stored, so nothing matches. */
const withoutNul = (where: Where): Where =>
  JSON.parse(JSON.stringify(where).replaceAll('\\u0000', '\uFFFD')) as Where

const badRequest = (message: string) => new APIError(message, 400, undefined, true)

/**
 * Input PostgreSQL or Payload would otherwise fail on with a 500: a create or update whose
 * body is not a JSON object (a form post, an empty body), a `_status` other than draft or
 * published (Payload does not validate it before the enum column refuses it), a group field
 * that is not an object, and NUL
 * characters, which PostgreSQL text and jsonb cannot hold, and a `limit` or `page` that is
 * not a whole number. Each is a 400 with a message;
 * queries for text with a NUL simply match nothing.
 */
/** A group (`contact`, `verification`, …) sent as something other than an object: Payload would read fields of it and fail. */
const badGroup = (fields: FlattenedField[], data: Record<string, unknown>): string | undefined =>
  fields.find(
    (field) =>
      field.type === 'group' &&
      'name' in field &&
      field.name in data &&
      (data[field.name] === null || typeof data[field.name] !== 'object' || Array.isArray(data[field.name])),
  )?.name

export const rejectMalformedInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { data, where } = args as { data?: unknown; where?: Where }
  if (operation === 'create' || operation === 'update') {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw badRequest('The request body must be a JSON object of the document’s fields.')
    }
    const status = (data as { _status?: unknown })._status
    if (status !== undefined && status !== null && status !== 'draft' && status !== 'published') {
      throw badRequest('_status must be "draft" or "published".')
    }
    if (containsNul(data)) throw badRequest('Text must not contain NUL characters.')
    const group = badGroup(collection.flattenedFields, data as Record<string, unknown>)
    if (group) throw badRequest(`${group} must be an object of its fields.`)
  }
  // Signing in with an address no account can have fails like any wrong address.
  if (operation === 'login' && containsNul(data)) throw new AuthenticationError(req.t)
  if (operation !== 'create' && operation !== 'update' && data && containsNul(data)) {
    throw badRequest('Text must not contain NUL characters.')
  }
  // `?limit=5&limit=5` arrives as a list, which the database refuses.
  for (const key of ['limit', 'page'] as const) {
    const value = (args as Partial<Record<typeof key, unknown>>)[key]
    if (value !== undefined && value !== null && !Number.isInteger(value)) throw badRequest(`${key} must be a whole number.`)
  }
  if (where && containsNul(where)) return { ...args, where: withoutNul(where) }
  return args
}
