/** Pure parts of announcement email: who is asked for, the unsubscribe token, the masked address. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recipientsWhere } from '@/announcements/recipients'
import { announcementPath } from '@/announcements/urls'
import { maskEmail } from '@/account/unsubscribePage'
import { createUnsubscribeToken, verifyUnsubscribeToken } from '@/account/unsubscribeToken'
import { createPreviewToken } from '@/preview/token'

const saved = process.env.PAYLOAD_SECRET
beforeAll(() => {
  process.env.PAYLOAD_SECRET = 'unit-test-secret'
})
afterAll(() => {
  if (saved === undefined) delete process.env.PAYLOAD_SECRET
  else process.env.PAYLOAD_SECRET = saved
})

const BASE = [
  { status: { equals: 'approved' } },
  { or: [{ 'notifications.announcements': { equals: true } }, { 'notifications.announcements': { exists: false } }] },
]

describe('recipients', () => {
  it('without targeting: approved alumni who want announcement mail', () => {
    expect(recipientsWhere(null)).toEqual({ and: BASE })
    expect(recipientsWhere({ openTo: [], industries: [], joinedFrom: null, joinedTo: null })).toEqual({ and: BASE })
  })

  it('each condition filled in narrows; options within one match any', () => {
    expect(recipientsWhere({ openTo: ['business', 'mentoring'], industries: ['it'], joinedFrom: 2005, joinedTo: 2010 })).toEqual({
      and: [
        ...BASE,
        { openTo: { in: ['business', 'mentoring'] } },
        { industry: { in: ['it'] } },
        { 'verification.joinedYear': { greater_than_equal: 2005 } },
        { 'verification.joinedYear': { less_than_equal: 2010 } },
      ],
    })
    expect(recipientsWhere({ joinedTo: 2000 })).toEqual({ and: [...BASE, { 'verification.joinedYear': { less_than_equal: 2000 } }] })
  })
})

describe('unsubscribe tokens', () => {
  it('name one alumnus and the kind of mail', () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken('announcements', 7))).toEqual({ kind: 'announcements', alumnus: 7 })
  })

  it('are refused when changed, truncated, or signed for another purpose', () => {
    const token = createUnsubscribeToken('announcements', 7)
    const [kind, id, signature] = token.split('.')
    expect(verifyUnsubscribeToken(`${kind}.8.${signature}`)).toBeNull()
    expect(verifyUnsubscribeToken(`events.${id}.${signature}`)).toBeNull()
    expect(verifyUnsubscribeToken(`${kind}.${id}`)).toBeNull()
    for (const junk of [null, undefined, '', 'announcements.7.', '../../etc/passwd']) expect(verifyUnsubscribeToken(junk)).toBeNull()
    // A preview link's signature (same secret, another purpose) is no unsubscribe signature.
    const preview = createPreviewToken('interviews', 7).split('.')[3]
    expect(verifyUnsubscribeToken(`announcements.7.${preview}`)).toBeNull()
  })
})

describe('pages and addresses', () => {
  it('members-only announcements are read in the members area', () => {
    expect(announcementPath({ slug: 'a', audience: 'members' })).toBe('/members/news/a')
    expect(announcementPath({ slug: 'a', audience: 'public' })).toBe('/news/a')
  })

  it('addresses are masked but recognisable', () => {
    expect(maskEmail('hina.sato@alumni.example')).toBe('h********@alumni.example')
    expect(maskEmail('a@b.example')).toBe('a@b.example')
    expect(maskEmail('nonsense')).toBe('***')
  })
})
