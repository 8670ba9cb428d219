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

/**
 * A copy of a query with every NUL (in keys and values) turned into U+FFFD: text with a NUL can
 * never be stored, so nothing matches. Walked value by value, not through its JSON text, where a
 * typed backslash-u-0000 looks the same as a NUL. Query strings nest only a few levels deep.
 */
const withoutNul = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replaceAll(NUL, '\uFFFD')
  if (Array.isArray(value)) return value.map(withoutNul)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key.replaceAll(NUL, '\uFFFD'), withoutNul(child)]))
  }
  return value
}

const badRequest = (message: string) => new APIError(message, 400, undefined, true)

/** A group (`contact`, `verification`, …) sent as something other than an object: Payload would read fields of it and fail. */
const badGroup = (fields: FlattenedField[], data: Record<string, unknown>): string | undefined =>
  fields.find(
    (field) =>
      field.type === 'group' &&
      'name' in field &&
      field.name in data &&
      (data[field.name] === null || typeof data[field.name] !== 'object' || Array.isArray(data[field.name])),
  )?.name

const ONE_VALUE_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'number', 'checkbox', 'date'])

/**
 * A field of one value sent as a list or an object (a list is fine when the field takes many, an
 * object of locales when it is localized, a Date for a date), or a select's option sent as
 * anything but text. Payload's validators let some of these through as "empty" (`0` for a
 * select, `[]` for an email) and the database then fails.
 */
const badValue = (fields: FlattenedField[], data: Record<string, unknown>): string | undefined => {
  const fits = (type: string, value: unknown, many: boolean): boolean => {
    if (value === null || value === undefined || value instanceof Date) return true
    if (many) return Array.isArray(value) && value.every((item) => fits(type, item, false))
    return type === 'select' ? typeof value === 'string' : typeof value !== 'object'
  }
  return fields.find((field) => {
    if (!ONE_VALUE_TYPES.has(field.type) || !(field.name in data)) return false
    const value = data[field.name]
    const many = 'hasMany' in field && Boolean(field.hasMany)
    if (fits(field.type, value, many)) return false
    const perLocale = field.localized && value !== null && typeof value === 'object' && !Array.isArray(value)
    return !(perLocale && Object.values(value as object).every((v) => fits(field.type, v, many)))
  })?.name
}

/**
 * Input PostgreSQL or Payload would otherwise fail on with a 500: a create or update whose
 * body is not a JSON object (a form post, an empty body), a `_status` other than draft or
 * published (Payload does not validate it before the enum column refuses it), a group field
 * that is not an object, a field of one value sent as a list or an object, NUL characters, which PostgreSQL text and jsonb
 * cannot hold, and a `limit` or `page` that is not a whole number. Each is a 400 with a message;
 * queries for text with a NUL simply match nothing.
 */
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
    const field = badValue(collection.flattenedFields, data as Record<string, unknown>)
    if (field) throw badRequest(`${field} has a value of the wrong type.`)
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
  if (where && containsNul(where)) return { ...args, where: withoutNul(where) as Where }
  return args
}
