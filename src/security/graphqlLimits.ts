import { type DocumentNode, Kind, parse, type SelectionSetNode } from 'graphql'

import { clientError, type Handler } from '@/lib/clientErrors'

/**
 * Each top-level field of a GraphQL request is a database query of its own. Payload's complexity
 * limit (1,000 points, one per field) still lets a single request alias a list query some three
 * hundred times — seconds of database work for one request — so a request may ask for at most
 * this many top-level fields. Nothing the site or the admin sends comes close.
 *
 * Checked on the request before Payload sees it, so the answer is a plain 400 whatever media type
 * the client accepts (a GraphQL validation rule would answer plain-JSON clients with a 200).
 */
export const MAX_ROOT_FIELDS = 20

const rootFields = (document: DocumentNode, selectionSet: SelectionSetNode, seen: Set<string>): number =>
  selectionSet.selections.reduce((sum, selection) => {
    if (selection.kind === Kind.FIELD) return sum + (selection.name.value.startsWith('__') ? 0 : 1)
    if (selection.kind === Kind.INLINE_FRAGMENT) return sum + rootFields(document, selection.selectionSet, seen)
    // A fragment counts once however often it is spread (a cycle is GraphQL's own error).
    const name = selection.name.value
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name)
    if (!fragment || fragment.kind !== Kind.FRAGMENT_DEFINITION || seen.has(name)) return sum
    seen.add(name)
    return sum + rootFields(document, fragment.selectionSet, seen)
  }, 0)

/** The largest number of top-level fields any operation of `query` asks for; 0 if it does not parse. */
export const countRootFields = (query: string): number => {
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return 0 // GraphQL answers a syntax error itself
  }
  return Math.max(
    0,
    ...document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? rootFields(document, d.selectionSet, new Set()) : 0)),
  )
}

export const limitGraphQLFields =
  <Args extends unknown[]>(handler: Handler<Args>): Handler<Args> =>
  async (request, ...args) => {
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => null)
    const query = body && typeof body === 'object' && 'query' in body ? body.query : null
    const count = typeof query === 'string' ? countRootFields(query) : 0
    if (count > MAX_ROOT_FIELDS) {
      return clientError(`A request may ask for at most ${MAX_ROOT_FIELDS} top-level fields; this one asks for ${count}.`, 400)
    }
    return handler(request, ...args)
  }
