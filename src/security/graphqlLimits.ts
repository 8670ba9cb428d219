import { type DocumentNode, GraphQLError, Kind, parse, type SelectionSetNode } from 'graphql'

import { clientError, type Handler } from '@/security/clientErrors'

/**
 * What one GraphQL request may ask for, decided on the request before Payload parses, validates
 * or runs it — so every refusal is a plain 400 whatever media type the client accepts (a GraphQL
 * validation rule would answer plain-JSON clients with a 200), and a refused document costs
 * next to nothing. The body itself is already within its byte limit (bodyLimits.ts).
 *
 * - **Tokens.** graphql-js parses with a token limit, so a document of a few hundred thousand
 *   fragment spreads stops being read at the limit.
 * - **Fields once fragments are expanded.** Validation and Payload's complexity rule walk every
 *   fragment at every spread: fragments spreading each other twice, thirty deep, are a billion
 *   fields. Counted here with each fragment's size worked out once; the limit is Payload's
 *   complexity limit (one point per field), so nothing Payload would answer is refused.
 * - **Top-level fields.** Each is a database query of its own; the complexity limit still lets
 *   one request alias a list query some three hundred times.
 * - **No schema hints.** graphql-js suggests names in its messages ("Did you mean …?"); with
 *   introspection off in production they would give the schema away, so they are cut from every
 *   error this route answers with.
 */
export const MAX_ROOT_FIELDS = 20
export const MAX_TOKENS = 1000
/** Payload's default `graphQL.maxComplexity`. */
export const MAX_EXPANDED_FIELDS = 1000

export const TOO_MANY_TOKENS = `A GraphQL document may have at most ${MAX_TOKENS} tokens.`
export const TOO_MANY_FIELDS = `A GraphQL request may select at most ${MAX_EXPANDED_FIELDS} fields, counting each fragment where it is spread.`
export const tooManyRootFields = (count: number) =>
  `A request may ask for at most ${MAX_ROOT_FIELDS} top-level fields; this one asks for ${count}.`

const fragmentsOf = (document: DocumentNode) =>
  new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])))

const rootFields = (fragments: Map<string, SelectionSetNode>, selectionSet: SelectionSetNode, seen: Set<string>): number =>
  selectionSet.selections.reduce((sum, selection) => {
    if (selection.kind === Kind.FIELD) return sum + (selection.name.value.startsWith('__') ? 0 : 1)
    if (selection.kind === Kind.INLINE_FRAGMENT) return sum + rootFields(fragments, selection.selectionSet, seen)
    // A fragment counts once however often it is spread (a cycle is GraphQL's own error).
    const fragment = fragments.get(selection.name.value)
    if (!fragment || seen.has(selection.name.value)) return sum
    seen.add(selection.name.value)
    return sum + rootFields(fragments, fragment, seen)
  }, 0)

/** Fields selected with every fragment spread in full; each fragment's size is worked out once. */
const expandedFields = (document: DocumentNode): number => {
  const fragments = fragmentsOf(document)
  const sizes = new Map<string, number>()
  const sizeOf = (selectionSet: SelectionSetNode | undefined): number =>
    (selectionSet?.selections ?? []).reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + 1 + sizeOf(selection.selectionSet)
      if (selection.kind === Kind.INLINE_FRAGMENT) return sum + sizeOf(selection.selectionSet)
      const name = selection.name.value
      if (!sizes.has(name)) {
        sizes.set(name, 0) // a cycle counts nothing; GraphQL refuses it
        sizes.set(name, sizeOf(fragments.get(name)))
      }
      return sum + (sizes.get(name) ?? 0)
    }, 0)
  return document.definitions.reduce((sum, d) => sum + (d.kind === Kind.OPERATION_DEFINITION ? sizeOf(d.selectionSet) : 0), 0)
}

/** Why `query` may not run, or null (also for a syntax error, which GraphQL answers itself). */
export const documentError = (query: string): string | null => {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_TOKENS, noLocation: true })
  } catch (error) {
    return error instanceof GraphQLError && error.message.includes('tokens') ? TOO_MANY_TOKENS : null
  }
  if (expandedFields(document) > MAX_EXPANDED_FIELDS) return TOO_MANY_FIELDS
  const fragments = fragmentsOf(document)
  const roots = Math.max(
    0,
    ...document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? rootFields(fragments, d.selectionSet, new Set()) : 0)),
  )
  return roots > MAX_ROOT_FIELDS ? tooManyRootFields(roots) : null
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g

/** The answer with graphql-js's name suggestions cut from its error messages. */
const withoutSuggestions = async (response: Response): Promise<Response> => {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.text()
  let body = text
  if (text.includes('Did you mean')) {
    const json = JSON.parse(text) as { errors?: { message?: unknown }[] }
    for (const error of json.errors ?? []) {
      if (typeof error.message === 'string') error.message = error.message.replace(SUGGESTION, '')
    }
    body = JSON.stringify(json)
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}

export const limitGraphQL =
  <Args extends unknown[]>(handler: Handler<Args>): Handler<Args> =>
  async (request, ...args) => {
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => null)
    const query = body && typeof body === 'object' && 'query' in body ? body.query : null
    const refusal = typeof query === 'string' ? documentError(query) : null
    if (refusal) return clientError(refusal, 400)
    return withoutSuggestions(await handler(request, ...args))
  }
