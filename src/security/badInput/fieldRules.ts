import type { FlattenedField } from 'payload'

/**
 * What a `where` condition may ask of a field, by the field's type: which operators its column
 * can answer, and what a value for it must look like. PostgreSQL fails on the rest (`ilike` on
 * an enum or a timestamp, `abc` as an integer id, `near` on text), which Payload reports as a
 * 500; asked here first, each is a 400 that names the field.
 */

/** The largest id a PostgreSQL `serial` column (every collection's id, every relationship) holds. */
export const MAX_ID = 2_147_483_647

/** Pages past this are empty for any collection the site will have; larger numbers only overflow. */
export const MAX_PAGE = 1_000_000

export type Operator =
  | 'equals'
  | 'not_equals'
  | 'in'
  | 'not_in'
  | 'all'
  | 'exists'
  | 'greater_than'
  | 'greater_than_equal'
  | 'less_than'
  | 'less_than_equal'
  | 'like'
  | 'not_like'
  | 'contains'
  | 'near'
  | 'within'
  | 'intersects'

const SAME: Operator[] = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER: Operator[] = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT: Operator[] = ['like', 'not_like', 'contains']
/** Operators whose value is a list (or, in a query string, items separated by commas). */
export const LIST_OPERATORS = new Set<Operator>(['in', 'not_in', 'all'])

/** A leaf of a query: a field of one of these types, or the document's id. */
export type Leaf = { kind: 'id' } | { kind: 'field'; field: FlattenedField }

const isText = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

const isId = (value: unknown) => {
  const text = typeof value === 'number' ? String(value) : value
  return typeof text === 'string' && /^-?\d{1,10}$/.test(text.trim()) && Math.abs(Number(text)) <= MAX_ID
}

const isNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value)) &&
    Math.abs(Number(value)) < 1e300)

/** A date PostgreSQL's timestamptz can hold and JavaScript can read (years 1–9999). */
const isDate = (value: unknown) => {
  if (!(value instanceof Date) && typeof value !== 'string' && typeof value !== 'number') return false
  const date = new Date(value as string)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999
}

const isBoolean = (value: unknown) => typeof value === 'boolean' || value === 'true' || value === 'false'

/** The option values of a select or radio field. */
const optionValues = (field: FlattenedField): Set<string> =>
  new Set(
    ('options' in field ? field.options : []).map((option) => (typeof option === 'string' ? option : option.value)),
  )

type Rule = { operators: Operator[]; value: (value: unknown) => boolean }

/** The rule for a leaf, or undefined when the field cannot be queried itself (a list, a group, a join). */
export const ruleFor = (leaf: Leaf): Rule | undefined => {
  if (leaf.kind === 'id') return { operators: [...SAME, ...ORDER], value: isId }
  const { field } = leaf
  // `all` is answered for lists of related documents only; on lists of text, numbers or options the adapter has no such operator.
  const many = 'hasMany' in field && Boolean(field.hasMany)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { operators: [...SAME, ...ORDER, ...TEXT], value: isText }
    case 'number':
      return { operators: [...SAME, ...ORDER], value: isNumber }
    case 'date':
      return { operators: [...SAME, ...ORDER], value: isDate }
    case 'checkbox':
      return { operators: ['equals', 'not_equals', 'exists'], value: isBoolean }
    case 'select':
    case 'radio': {
      const options = optionValues(field)
      return { operators: SAME, value: (value) => typeof value === 'string' && options.has(value) }
    }
    case 'relationship':
    case 'upload':
      // One collection: ids. Several: only whether there is one; compare through `.value` and `.relationTo`.
      return Array.isArray(field.relationTo)
        ? { operators: ['exists'], value: () => false }
        : { operators: many ? [...SAME, 'all'] : SAME, value: isId }
    case 'json':
    case 'richText':
      // Stored as JSON: whether there is any, not what it says. Comparing a whole JSON value's
      // text fails inside PostgreSQL on values such as `2.7e+159` once rows exist; a path into it
      // (`input.mailing`) has jsonPathRule.
      return { operators: ['exists'], value: isText }
    default:
      return undefined
  }
}

/** A path into a JSON field (`input.mailing` of a queued job): compared as text. */
export const jsonPathRule: Rule = { operators: ['equals', 'not_equals', 'exists', 'like', 'not_like'], value: isText }

/** The rules of a polymorphic relationship's two columns, queried as `field.value` and `field.relationTo`. */
export const relationColumnRule = (field: FlattenedField, column: 'value' | 'relationTo'): Rule =>
  column === 'value'
    ? { operators: SAME, value: isId }
    : {
        operators: SAME,
        value: (value) =>
          typeof value === 'string' &&
          'relationTo' in field &&
          ([] as string[]).concat(field.relationTo).includes(value),
      }

/** Whether an `exists` value reads as true or false. */
export const isExistsValue = isBoolean

/** The items of a list operator's value: a list, or text separated by commas as a query string carries it. */
export const listItems = (value: unknown): unknown[] | undefined => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (typeof value === 'number') return [value]
  return undefined
}
