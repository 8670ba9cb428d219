/** Signed preview tokens (src/preview/token.ts): one document, a limited time, not forgeable. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPreviewToken, PREVIEW_LIFETIME_S, verifyPreviewToken } from '@/preview/token'

const saved = { payload: process.env.PAYLOAD_SECRET, preview: process.env.PREVIEW_SECRET }
beforeAll(() => {
  process.env.PAYLOAD_SECRET = 'unit-test-secret'
  delete process.env.PREVIEW_SECRET
})
const restore = (name: string, value: string | undefined) => {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
afterAll(() => {
  restore('PAYLOAD_SECRET', saved.payload)
  restore('PREVIEW_SECRET', saved.preview)
})

describe('preview tokens', () => {
  const now = Date.UTC(2026, 10, 24)

  it('grant the document they name until they expire', () => {
    const token = createPreviewToken('interviews', 42, now)
    expect(verifyPreviewToken(token, now)).toEqual({ collection: 'interviews', id: 42, expires: now / 1000 + PREVIEW_LIFETIME_S })
    expect(verifyPreviewToken(token, now + (PREVIEW_LIFETIME_S - 1) * 1000)).not.toBeNull()
    expect(verifyPreviewToken(token, now + PREVIEW_LIFETIME_S * 1000)).toBeNull()
  })

  it('are refused when any part is changed, or signed with another secret', () => {
    const token = createPreviewToken('interviews', 42, now)
    const [collection, id, expires, signature] = token.split('.')
    expect(verifyPreviewToken([collection, '43', expires, signature].join('.'), now)).toBeNull()
    expect(verifyPreviewToken([collection, id, String(Number(expires) + 3600), signature].join('.'), now)).toBeNull()
    expect(verifyPreviewToken([collection, id, expires, signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))].join('.'), now)).toBeNull()
    expect(verifyPreviewToken([collection, id, expires].join('.'), now)).toBeNull()
    for (const junk of [null, undefined, '', 'interviews.42', '../../etc']) expect(verifyPreviewToken(junk, now)).toBeNull()

    process.env.PREVIEW_SECRET = 'rotated'
    try {
      expect(verifyPreviewToken(token, now)).toBeNull()
    } finally {
      delete process.env.PREVIEW_SECRET
    }
  })
})
