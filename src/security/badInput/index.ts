import {
  APIError,
  AuthenticationError,
  buildVersionCollectionFields,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  NotFound,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import { badGroup, badValue, containsNul, tooManyRows, withoutNul } from './bodyCheck'
import { MAX_ID, MAX_PAGE } from './fieldRules'
import { sortProblem, whereProblem } from './queryCheck'

/**
 * Bad input, refused in one place before the database (docs/security.md, "Malformed
 * queries"). Every operation of every collection, ours and Payload's, through REST, GraphQL and
 * the Local API, passes this hook first (src/security/hardenConfig.ts puts it there):
 *
 * - an id that no serial column can hold (`abc`, `1.5`, past 2^31) is a 404;
 * - a query (`where`, `sort`) is checked against the collection's fields (./queryCheck.ts);
 * - `limit`, `page` and `depth` are whole numbers in range, the locale is one the site has;
 * - a created or updated document's data is an object whose fields have their types, and no
 *   list longer than its field's most (./bodyCheck.ts).
 *
 * Each is a 400 with a message naming what is wrong. PostgreSQL would otherwise fail on these
 * and Payload would answer 500. Query text with a NUL matches nothing.
 */

/** A 400 whose message is shown to the client; logged at `info` (src/security/hardenConfig.ts), as the client's mistake. */
export class BadInput extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'BadInput'
  }
}

const badRequest = (message: string) => new BadInput(message)

/** The largest page a client (REST, GraphQL) may ask for; the site's own code reads in larger batches. */
const MAX_CLIENT_LIMIT = 1000

const queryFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()
/**
 * The fields a query may name: the collection's, and for a collection with versions also those
 * of its versions (`parent`, `version.title`, `latest`, …). Payload hands `find` and
 * `findVersions` to the hook under the same name, `read`; a path of the other kind passes here,
 * checked against the same field, and Payload refuses it as a path it cannot query (400).
 */
const fieldsOf = (req: PayloadRequest, collection: SanitizedCollectionConfig): FlattenedField[] => {
  let fields = queryFields.get(collection)
  if (!fields) {
    fields = collection.versions
      ? [...collection.flattenedFields, ...buildVersionCollectionFields(req.payload.config, collection, true)]
      : collection.flattenedFields
    queryFields.set(collection, fields)
  }
  return fields
}

const wholeNumber = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** The problem with an operation's paging, depth and locale, if any. */
const optionsProblem = (args: Record<string, unknown>, req: PayloadRequest): string | undefined => {
  const fromClient = req.payloadAPI !== 'local'
  const { limit, page, depth } = args
  if (
    limit !== undefined &&
    limit !== null &&
    !wholeNumber(limit, 0, fromClient ? MAX_CLIENT_LIMIT : Number.MAX_SAFE_INTEGER)
  ) {
    return `limit must be a whole number from 0 to ${fromClient ? MAX_CLIENT_LIMIT : 'any'}.`
  }
  if (page !== undefined && page !== null && !wholeNumber(page, 1, MAX_PAGE))
    return `page must be a whole number from 1 to ${MAX_PAGE}.`
  if (depth !== undefined && depth !== null && !wholeNumber(depth, 0, req.payload.config.maxDepth)) {
    return `depth must be a whole number from 0 to ${req.payload.config.maxDepth}.`
  }
  const { localization } = req.payload.config
  if (localization && req.locale && !['all', '*', ...localization.localeCodes].includes(req.locale)) {
    return `locale must be one of ${localization.localeCodes.join(', ')} or all.`
  }
  return undefined
}

export const rejectBadInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { data, id, where, sort } = args as { data?: unknown; id?: unknown; where?: Where; sort?: unknown }
  if (id !== undefined && id !== null && (!/^\d+$/.test(String(id)) || Number(id) > MAX_ID)) throw new NotFound(req.t)

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
    const list = tooManyRows(collection.flattenedFields, data as Record<string, unknown>)
    if (list) throw badRequest(`${list} has more rows than it may hold.`)
  }
  // Signing in with an address no account can have fails like any wrong address.
  if (operation === 'login' && containsNul(data)) throw new AuthenticationError(req.t)
  if (operation !== 'create' && operation !== 'update' && data && containsNul(data)) {
    throw badRequest('Text must not contain NUL characters.')
  }

  const problem = optionsProblem(args as Record<string, unknown>, req)
  if (problem) throw badRequest(problem)

  const fields = fieldsOf(req, collection)
  const ctx = { config: req.payload.config, payload: req.payload }
  const cleanWhere = where && containsNul(where) ? (withoutNul(where) as Where) : where
  if (cleanWhere !== undefined && cleanWhere !== null) {
    const whereIssue = whereProblem(fields, cleanWhere, ctx)
    if (whereIssue) throw badRequest(whereIssue)
  }
  if (sort !== undefined && sort !== null && sort !== '') {
    const sortIssue = sortProblem(fields, sort, ctx)
    if (sortIssue) throw badRequest(sortIssue)
  }
  return cleanWhere === where ? args : { ...args, where: cleanWhere }
}
