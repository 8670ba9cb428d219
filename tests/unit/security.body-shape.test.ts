/**
 * The shape rules of src/security/bodyLimits.ts and the document rules of
 * src/security/graphqlLimits.ts, as pure functions: what they let through and what they refuse.
 */
import { describe, expect, it } from 'vitest'

import { BODY_LIMITS, jsonShapeError, TOO_DEEP, TOO_LONG, TOO_MANY_VALUES } from '../../src/security/bodyLimits'
import { documentError, MAX_ROOT_FIELDS, MAX_TOKENS, TOO_MANY_FIELDS, TOO_MANY_TOKENS } from '../../src/security/graphqlLimits'

const shape = (text: string) => jsonShapeError(new TextEncoder().encode(text))
const list = (items: number) => `[${Array(items).fill('1').join(',')}]`

describe('a JSON body’s shape', () => {
  it('lets through nesting, lists and values up to their limits, and text of any content', () => {
    expect(shape('[]'.repeat(1))).toBeNull()
    expect(shape('['.repeat(BODY_LIMITS.depth) + ']'.repeat(BODY_LIMITS.depth))).toBeNull()
    expect(shape(`{"a":${list(BODY_LIMITS.listItems)}}`)).toBeNull()
    expect(shape(JSON.stringify({ text: '[[[[{{{{,,,,\\"]]]', nested: [[1, 2], [3]], empty: [] }))).toBeNull()
    expect(shape('{"a": [ 1 , 2 ] , "b" : { "c" : [ ] } }')).toBeNull()
  })

  it('refuses nesting, a list or values beyond them', () => {
    expect(shape('['.repeat(BODY_LIMITS.depth + 1) + ']'.repeat(BODY_LIMITS.depth + 1))).toBe(TOO_DEEP)
    expect(shape('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000))).toBe(TOO_DEEP)
    expect(shape(`{"skills":${list(BODY_LIMITS.listItems + 1)}}`)).toBe(TOO_LONG)
    expect(shape(`[${Array(20).fill(list(600)).join(',')}]`)).toBe(TOO_MANY_VALUES)
    expect(shape(`{${Array.from({ length: BODY_LIMITS.values + 1 }, (_, i) => `"k${i}":0`).join(',')}}`)).toBe(TOO_MANY_VALUES)
  })

  it('does not count commas inside strings, escaped quotes included', () => {
    expect(shape(`["${',\\"'.repeat(BODY_LIMITS.values * 2)}"]`)).toBeNull()
  })
})

describe('a GraphQL document', () => {
  it('within the limits is left to GraphQL, syntax errors too', () => {
    expect(documentError('{ Interviews { docs { id title } } }')).toBeNull()
    expect(documentError('{ Interviews { docs { id ')).toBeNull()
  })

  it('is refused beyond the token limit, the expanded field limit or the top-level field limit', () => {
    expect(documentError(`{ a { ${'b '.repeat(MAX_TOKENS)} } }`)).toBe(TOO_MANY_TOKENS)
    const doubling = `${Array.from({ length: 20 }, (_, i) => `fragment F${i} on T { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F20 on T { id } { a { ...F0 } }`
    expect(documentError(doubling)).toBe(TOO_MANY_FIELDS)
    const roots = `{ ${Array.from({ length: MAX_ROOT_FIELDS + 1 }, (_, i) => `a${i}: a { id }`).join(' ')} }`
    expect(documentError(roots)).toContain(`this one asks for ${MAX_ROOT_FIELDS + 1}`)
  })

  it('with a fragment cycle is left to GraphQL, which refuses it', () => {
    expect(documentError('fragment A on T { ...B } fragment B on T { ...A } { a { ...A } }')).toBeNull()
  })
})
