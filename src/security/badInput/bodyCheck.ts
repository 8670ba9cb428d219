import type { FlattenedField } from 'payload'

/**
 * What a document's data must look like before Payload validates it: PostgreSQL text and jsonb
 * cannot hold NUL, a group must be an object, a field of one value must not be a list or an
 * object. Payload's own validators let some of these through to the database, which fails.
 */

const NUL = '\u0000'

/**
 * Whether a value holds a NUL character anywhere (keys too), walked without recursion. A
 * top-level password is only ever hashed, so it may hold anything.
 */
export const containsNul = (value: unknown): boolean => {
  const { password: _password, ...rest } =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value }
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
export const withoutNul = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replaceAll(NUL, '\uFFFD')
  if (Array.isArray(value)) return value.map(withoutNul)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key.replaceAll(NUL, '\uFFFD'), withoutNul(child)]),
    )
  }
  return value
}

/** A group (`contact`, `verification`, …) sent as something other than an object: Payload would read fields of it and fail. */
export const badGroup = (fields: FlattenedField[], data: Record<string, unknown>): string | undefined =>
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
export const badValue = (fields: FlattenedField[], data: Record<string, unknown>): string | undefined => {
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
 * A list longer than its field's `maxRows` (src/security/listLimits.ts), found before Payload's
 * hooks and validators walk every row: 10,000 links would otherwise take seconds to refuse.
 * Looks into groups and named tabs, and into each locale of a localized list.
 */
export const tooManyRows = (fields: FlattenedField[], data: Record<string, unknown>): string | undefined => {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (
      (field.type === 'group' || field.type === 'tab') &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      const inner = tooManyRows(field.flattenedFields, value as Record<string, unknown>)
      if (inner) return `${field.name}.${inner}`
      continue
    }
    const maxRows = 'maxRows' in field && typeof field.maxRows === 'number' ? field.maxRows : undefined
    if (maxRows === undefined) continue
    const lists = Array.isArray(value)
      ? [value]
      : field.localized && value && typeof value === 'object'
        ? Object.values(value)
        : []
    if (lists.some((list) => Array.isArray(list) && list.length > maxRows)) return field.name
  }
  return undefined
}
