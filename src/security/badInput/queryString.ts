import type { CollectionSlug, PayloadHandler, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { BadInput } from './index'
import { sortProblem, whereProblem } from './queryCheck'

/**
 * The parts of a REST query string Payload reads before any operation runs, and would fail on
 * with a 500 or silently misread: `where` or `data` given as text that is not a JSON object
 * (`where=abc`), a yes/no option that is neither `true` nor `false` (`draft=abc` would read as
 * "no" without saying so), `select`/`populate`/`joins` of the wrong shape, an unknown locale.
 * The operation's own check (./index.ts) then sees the parsed query.
 */

const YES_NO = [
  'autosave',
  'draft',
  'trash',
  'overrideLock',
  'pagination',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
]
const WHOLE = /^\d{1,9}$/

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** `select[title]=true&select[contact][email]=true`: fields named by words, leaves true or false. */
const isSelect = (value: unknown, depth = 0): boolean =>
  isObject(value) &&
  depth < 6 &&
  Object.entries(value).every(
    ([key, leaf]) =>
      /^\w+$/.test(key) &&
      (leaf === 'true' || leaf === 'false' || typeof leaf === 'boolean' || isSelect(leaf, depth + 1)),
  )

const queryProblem = (req: PayloadRequest, collection?: SanitizedCollectionConfig): string | undefined => {
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const key of ['where', 'data']) {
    const value = query[key]
    if (value === undefined || value === '') continue
    if (typeof value === 'string') {
      let parsed: unknown
      try {
        parsed = JSON.parse(value)
      } catch {
        return `${key} must be an object, e.g. ${key}[title][equals]=….`
      }
      if (!isObject(parsed)) return `${key} must be an object, e.g. ${key}[title][equals]=….`
    } else if (!isObject(value)) {
      return `${key} must be an object, e.g. ${key}[title][equals]=….`
    }
  }
  for (const key of YES_NO) {
    if (key in query && query[key] !== 'true' && query[key] !== 'false') return `${key} must be true or false.`
  }
  if ('select' in query && !isSelect(query.select)) return 'select must name fields, e.g. select[title]=true.'
  if (
    'populate' in query &&
    !(isObject(query.populate) && Object.values(query.populate).every((select) => isSelect(select)))
  ) {
    return 'populate must name a collection and its fields, e.g. populate[companies][name]=true.'
  }
  const { localization } = req.payload.config
  const codes = localization ? localization.localeCodes : []
  if (typeof query.locale !== 'undefined' && !['all', '*', ...codes].includes(query.locale as string))
    return `locale must be one of ${codes.join(', ')} or all.`
  const fallback = query['fallback-locale'] ?? query.fallbackLocale
  if (typeof fallback !== 'undefined' && !['none', 'null', 'false', ...codes].includes(fallback as string)) {
    return `fallback-locale must be one of ${codes.join(', ')} or none.`
  }
  if ('joins' in query) return joinsProblem(req, query.joins, collection)
  return undefined
}

/** `joins[<join field>][limit]=5&joins[…][where][…]`: a join field of this collection, and a query that fits the joined collection. */
const joinsProblem = (
  req: PayloadRequest,
  joins: unknown,
  collection?: SanitizedCollectionConfig,
): string | undefined => {
  if (!isObject(joins) || !collection) return 'joins must name a join field of the collection.'
  const ctx = { config: req.payload.config, payload: req.payload }
  for (const [path, options] of Object.entries(joins)) {
    const field = collection.flattenedFields.find((candidate) => candidate.type === 'join' && candidate.name === path)
    if (!field || field.type !== 'join') return `joins: "${path}" is not a join field.`
    if (options === 'false' || options === false) continue
    if (!isObject(options)) return `joins: "${path}" takes false or its options.`
    const joined = req.payload.collections[field.collection as CollectionSlug]?.config
    if (!joined) return `joins: "${path}" cannot be read.`
    for (const key of ['limit', 'page'] as const) {
      if (options[key] !== undefined && !(typeof options[key] === 'string' && WHOLE.test(options[key])))
        return `joins: ${key} must be a whole number.`
    }
    if (options.count !== undefined && options.count !== 'true' && options.count !== 'false')
      return 'joins: count must be true or false.'
    const where = options.where !== undefined ? whereProblem(joined.flattenedFields, options.where, ctx) : undefined
    if (where) return `joins: ${where}`
    const sort = options.sort !== undefined ? sortProblem(joined.flattenedFields, options.sort, ctx) : undefined
    if (sort) return `joins: ${sort}`
  }
  return undefined
}

/** A REST endpoint that first refuses a malformed query string with a 400. */
export const withQueryCheck =
  (handler: PayloadHandler, collection?: SanitizedCollectionConfig): PayloadHandler =>
  (req) => {
    const problem = queryProblem(req, collection)
    if (problem) throw new BadInput(problem)
    return handler(req)
  }
