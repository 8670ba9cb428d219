import type { FlattenedField, Payload, SanitizedConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'

import {
  type Leaf,
  LIST_OPERATORS,
  type Operator,
  jsonPathRule,
  relationColumnRule,
  ruleFor,
  isExistsValue,
  listItems,
} from './fieldRules'

/**
 * Whether a query (`where`, `sort`) fits the fields it names, walked against the collection's
 * field config: every path names a field (through groups, tabs, arrays, blocks and, as Payload
 * allows, relationships into the related collection's fields), every operator is one the
 * field's column answers, every value has the field's type. Answers the first problem as a
 * sentence, or undefined. Whether the reader may query a field at all stays Payload's check,
 * which also adds the related collection's read access to a path through a relationship.
 */

/** A query with more than this many conditions, or nested deeper, is no reader's query. */
const MAX_CONDITIONS = 200
const MAX_NESTING = 10
/** Relationships a path may pass through (`interviewees.alumnus.name` passes one). */
const MAX_HOPS = 2
const MAX_LIST = 500

type Context = { config: SanitizedConfig; payload: Payload }
type Resolved = { leaf: Leaf; rule?: ReturnType<typeof ruleFor>; inList?: boolean } | { problem: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)

/** Fields of a blocks field: those of each of its blocks (a block may be a reference to a shared one). */
const blockFields = (field: FlattenedField, config: SanitizedConfig): FlattenedField[] => {
  if (field.type !== 'blocks') return []
  const blocks = [...(field.blocks ?? []), ...(field.blockReferences ?? [])].map((block) =>
    typeof block === 'string' ? config.blocks?.find((shared) => shared.slug === block) : block,
  )
  return blocks.flatMap((block) => block?.flattenedFields ?? [])
}

const BLOCK_TYPE: FlattenedField = { name: 'blockType', type: 'text' } as FlattenedField

/** The field a dotted path names, starting from `fields`. */
export const resolvePath = (fields: FlattenedField[], path: string, ctx: Context): Resolved => {
  const segments = path.replace(/__/g, '.').split('.')
  if (segments.some((segment) => !/^\w+$/.test(segment))) return { problem: `"${path}" is not a field path.` }
  if (segments.length === 1 && (segments[0] === 'id' || segments[0] === '_id')) return { leaf: { kind: 'id' } }
  const locales = new Set(ctx.config.localization ? ctx.config.localization.localeCodes : [])
  let current = fields
  let hops = 0
  let inList = false
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    const field = current.find((candidate) => 'name' in candidate && candidate.name === segment)
    if (!field) return { problem: `"${path}" is not a field that can be queried.` }
    const rest = segments.length - i - 1
    switch (field.type) {
      case 'group':
      case 'tab':
      case 'array':
        if (!rest) return { problem: `"${path}" holds other fields: query one of them.` }
        inList ||= field.type === 'array'
        current = field.flattenedFields
        continue
      case 'blocks':
        if (!rest) return { problem: `"${path}" holds blocks: query one of their fields.` }
        inList = true
        current = [BLOCK_TYPE, ...blockFields(field, ctx.config)]
        continue
      case 'join':
        return { problem: `"${path}" cannot be queried.` }
      case 'relationship':
      case 'upload': {
        if (!rest) return { leaf: { kind: 'field', field }, inList }
        const next = segments[i + 1]
        if (Array.isArray(field.relationTo)) {
          if (rest === 1 && (next === 'value' || next === 'relationTo'))
            return { leaf: { kind: 'field', field }, rule: relationColumnRule(field, next), inList }
          return { problem: `"${path}" is not a field that can be queried.` }
        }
        if (rest === 1 && next === 'id') return { leaf: { kind: 'field', field }, inList }
        hops += 1
        const related = ctx.payload.collections[field.relationTo]?.config
        if (!related || hops > MAX_HOPS) return { problem: `"${path}" cannot be queried.` }
        const beyond = resolvePath(related.flattenedFields, segments.slice(i + 1).join('.'), ctx)
        return 'leaf' in beyond ? { ...beyond, inList: inList || beyond.inList || Boolean(field.hasMany) } : beyond
      }
      case 'json':
        return rest ? { leaf: { kind: 'field', field }, rule: jsonPathRule, inList } : { leaf: { kind: 'field', field }, inList }
      default:
        // A row's own id is text in a document and a number in its versions: no query means the same in both.
        if (inList && field.name === 'id') return { problem: `"${path}" cannot be queried.` }
        // `title.en`: one locale of a localized field.
        if (!rest || (rest === 1 && 'localized' in field && field.localized && locales.has(segments[i + 1]))) {
          return { leaf: { kind: 'field', field }, inList }
        }
        return { problem: `"${path}" is not a field that can be queried.` }
    }
  }
  return { problem: `"${path}" is not a field that can be queried.` }
}


/** The problem with one condition (`{ like: 'a' }` on `path`), if any. */
const conditionProblem = (
  fields: FlattenedField[],
  path: string,
  condition: unknown,
  ctx: Context,
): string | undefined => {
  if (!isPlainObject(condition))
    return `The condition on "${path}" must be an operator and a value, e.g. where[${path}][equals]=….`
  const resolved = resolvePath(fields, path, ctx)
  if ('problem' in resolved) return resolved.problem
  const rule = resolved.rule ?? ruleFor(resolved.leaf)
  if (!rule) return `"${path}" cannot be queried.`
  for (const [operator, value] of Object.entries(condition)) {
    if (!validOperatorSet.has(operator as Operator)) return `"${operator}" is not a query operator.`
    if (!rule.operators.includes(operator as Operator)) return `"${operator}" cannot be used on "${path}".`
    if (operator === 'exists') {
      if (!isExistsValue(value)) return `"exists" on "${path}" takes true or false.`
    } else if (LIST_OPERATORS.has(operator as Operator)) {
      const items = listItems(value)
      if (!items || items.length > MAX_LIST || !items.every(rule.value))
        return `"${operator}" on "${path}" takes a list of values of the field's type.`
    } else if (!(value === null && (operator === 'equals' || operator === 'not_equals')) && !rule.value(value)) {
      return `"${operator}" on "${path}" has a value of the wrong type.`
    }
  }
  return undefined
}

/** The problem with a `where`, if any. */
export const whereProblem = (fields: FlattenedField[], where: unknown, ctx: Context): string | undefined => {
  let conditions = 0
  const walk = (node: unknown, depth: number): string | undefined => {
    if (!isPlainObject(node)) return 'A query (where) must be an object of conditions.'
    if (depth > MAX_NESTING) return 'The query (where) is nested too deeply.'
    for (const [key, value] of Object.entries(node)) {
      const lower = key.toLowerCase()
      if (lower === 'and' || lower === 'or') {
        if (!Array.isArray(value)) return `"${key}" must be a list of conditions.`
        for (const part of value) {
          const problem = walk(part, depth + 1)
          if (problem) return problem
        }
        continue
      }
      conditions += 1
      if (conditions > MAX_CONDITIONS) return 'The query (where) has too many conditions.'
      const problem = conditionProblem(fields, key, value, ctx)
      if (problem) return problem
    }
    return undefined
  }
  return walk(where, 0)
}

/** Types a list can be ordered by: one value per document. */
const SORTABLE = new Set([
  'text',
  'textarea',
  'email',
  'code',
  'number',
  'date',
  'checkbox',
  'select',
  'radio',
  'relationship',
  'upload',
])

/** The problem with a `sort`, if any: unknown fields, and fields that hold no single value to order by. */
export const sortProblem = (fields: FlattenedField[], sort: unknown, ctx: Context): string | undefined => {
  const parts = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : undefined
  if (!parts || parts.length > 10) return 'sort must name fields, e.g. sort=-publishedAt.'
  for (const part of parts) {
    if (typeof part !== 'string') return 'sort must name fields, e.g. sort=-publishedAt.'
    const path = part.trim().replace(/^-/, '')
    if (!path) continue
    const resolved = resolvePath(fields, path, ctx)
    if ('problem' in resolved) return `sort: ${resolved.problem}`
    const { leaf } = resolved
    if (resolved.inList) return `sort: "${path}" is inside a list, which has no single value to order by.`
    if (leaf.kind === 'field' && (!SORTABLE.has(leaf.field.type) || ('hasMany' in leaf.field && leaf.field.hasMany))) {
      return `sort: "${path}" holds no single value to order by.`
    }
  }
  return undefined
}
