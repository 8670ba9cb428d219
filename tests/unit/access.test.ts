import type { PayloadRequest, Where } from 'payload'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { readAlumni, updateAlumni } from '@collections/Alumni/access'
import { readOnlineUrl } from '@collections/Events/access'
import { isAdmin, isApprovedAlumnus, isMember, isStaff, publishedFor, readPublished, selfOrStaffField } from '@/access'

const admin = { collection: 'users', id: 1, role: 'admin' } as const
const editor = { collection: 'users', id: 2, role: 'editor' } as const
const alumnus = (status: string, id = 10) => ({ collection: 'alumni', id, status }) as const

/** A request carrying `user`, enough for access functions. */
const req = (user: unknown, payload: unknown = {}) => ({ user, payload }) as unknown as PayloadRequest
const call = <A extends (args: never) => unknown>(fn: A, args: Record<string, unknown>) =>
  fn(args as never) as ReturnType<A>

describe('roles', () => {
  it('staff are users; only the admin role is an admin', () => {
    expect([isStaff(admin), isStaff(editor), isStaff(alumnus('approved')), isStaff(null)]).toEqual([true, true, false, false])
    expect([isAdmin(admin), isAdmin(editor), isAdmin(alumnus('approved'))]).toEqual([true, false, false])
  })

  it('only approved alumni (and staff) are members', () => {
    expect(isApprovedAlumnus(alumnus('approved'))).toBe(true)
    for (const status of ['pending', 'rejected', 'suspended', undefined]) {
      expect(isApprovedAlumnus(alumnus(status as string)), String(status)).toBe(false)
      expect(isMember(alumnus(status as string)), String(status)).toBe(false)
    }
    expect([isMember(editor), isMember(admin), isMember(null), isMember(undefined)]).toEqual([true, true, false, false])
  })

  it('a staff user with an alumni-like status is still not an alumnus, and vice versa', () => {
    expect(isApprovedAlumnus({ collection: 'users', id: 1, status: 'approved' } as never)).toBe(false)
    expect(isStaff({ collection: 'alumni', id: 1, role: 'admin' } as never)).toBe(false)
    expect(isAdmin({ collection: 'alumni', id: 1, role: 'admin' } as never)).toBe(false)
  })
})

describe('publishedFor', () => {
  const now = new Date('2026-11-24T03:00:00.000Z')
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(now)
  })
  afterEach(() => vi.useRealTimers())

  const published: Where[] = [
    { _status: { equals: 'published' } },
    { publishedAt: { less_than_equal: now.toISOString() } },
  ]

  it('limits visitors to published documents whose publish date has passed, for the public', () => {
    expect(publishedFor(null, { audience: true })).toEqual({ and: [...published, { audience: { equals: 'public' } }] })
  })

  it('limits pending, rejected and suspended alumni exactly like visitors', () => {
    for (const status of ['pending', 'rejected', 'suspended']) {
      expect(publishedFor(alumnus(status), { audience: true }), status).toEqual(publishedFor(null, { audience: true }))
    }
  })

  it('lets approved alumni and staff see members-only documents, still only published and due', () => {
    expect(publishedFor(alumnus('approved'), { audience: true })).toEqual({ and: published })
    expect(publishedFor(editor, { audience: true })).toEqual({ and: published })
  })

  it('adds no audience condition for collections without an audience', () => {
    expect(publishedFor(null, { audience: false })).toEqual({ and: published })
  })

  it('takes "now" at the time of the read, not when the module loaded', () => {
    const later = new Date('2027-01-01T00:00:00.000Z')
    vi.setSystemTime(later)
    expect(publishedFor(null, { audience: false })).toEqual({
      and: [published[0], { publishedAt: { less_than_equal: later.toISOString() } }],
    })
  })

  it('readPublished gives staff everything (drafts included) and everyone else the query', () => {
    const read = readPublished({ audience: true })
    expect(call(read, { req: req(editor) })).toBe(true)
    expect(call(read, { req: req(null) })).toEqual(publishedFor(null, { audience: true }))
    expect(call(read, { req: req(alumnus('approved')) })).toEqual(publishedFor(alumnus('approved'), { audience: true }))
  })
})

describe('alumni access', () => {
  const listed: Where = {
    and: [{ status: { equals: 'approved' } }, { hiddenFromDirectory: { not_equals: true } }],
  }

  it('visitors read no alumni; staff read all', () => {
    expect(call(readAlumni, { req: req(null) })).toBe(false)
    expect(call(readAlumni, { req: req(editor) })).toBe(true)
  })

  it('an approved alumnus reads themselves and listed, approved alumni', () => {
    expect(call(readAlumni, { req: req(alumnus('approved', 7)) })).toEqual({ or: [{ id: { equals: 7 } }, listed] })
  })

  it('a pending, rejected or suspended alumnus reads only themselves', () => {
    for (const status of ['pending', 'rejected', 'suspended']) {
      expect(call(readAlumni, { req: req(alumnus(status, 8)) }), status).toEqual({ id: { equals: 8 } })
    }
  })

  it('an alumnus updates only themselves; staff anyone; visitors nobody', () => {
    expect(call(updateAlumni, { req: req(alumnus('suspended', 9)) })).toEqual({ id: { equals: 9 } })
    expect(call(updateAlumni, { req: req(admin) })).toBe(true)
    expect(call(updateAlumni, { req: req(null) })).toBe(false)
  })

  it('email and verification are readable by their owner and staff only', () => {
    const owner = alumnus('approved', 5)
    expect(call(selfOrStaffField, { req: req(owner), doc: { id: 5 } })).toBe(true)
    expect(call(selfOrStaffField, { req: req(owner), doc: { id: 6 } })).toBe(false)
    expect(call(selfOrStaffField, { req: req(editor), doc: { id: 6 } })).toBe(true)
    expect(call(selfOrStaffField, { req: req(null), doc: { id: 5 } })).toBe(false)
    // Without a document (e.g. when a query filters on the field) only staff pass.
    expect(call(selfOrStaffField, { req: req(owner) })).toBe(false)
    // A user of another collection with the same id is not the owner.
    expect(call(selfOrStaffField, { req: req({ collection: 'other', id: 5 }), doc: { id: 5 } })).toBe(false)
  })
})

describe('events.onlineUrl access', () => {
  const counting = (totalDocs: number) => {
    const count = vi.fn(async () => ({ totalDocs }))
    return { count, payload: { count } }
  }

  it('staff see the link without a lookup', async () => {
    const { count, payload } = counting(0)
    await expect(call(readOnlineUrl, { req: req(editor, payload), doc: { id: 3 } })).resolves.toBe(true)
    expect(count).not.toHaveBeenCalled()
  })

  it('an approved alumnus sees it when a confirmed registration for this event exists', async () => {
    const { count, payload } = counting(1)
    await expect(call(readOnlineUrl, { req: req(alumnus('approved', 4), payload), doc: { id: 3 } })).resolves.toBe(true)
    expect(count).toHaveBeenCalledWith(
      expect.objectContaining({
        collection: 'registrations',
        where: {
          and: [{ event: { equals: 3 } }, { alumnus: { equals: 4 } }, { status: { equals: 'confirmed' } }],
        },
      }),
    )
  })

  it('an approved alumnus without a confirmed registration does not', async () => {
    const { payload } = counting(0)
    await expect(call(readOnlineUrl, { req: req(alumnus('approved', 4), payload), doc: { id: 3 } })).resolves.toBe(false)
  })

  it('visitors and unapproved alumni do not, whatever their registrations', async () => {
    const { count, payload } = counting(1)
    for (const user of [null, alumnus('pending'), alumnus('suspended'), alumnus('rejected')]) {
      await expect(call(readOnlineUrl, { req: req(user, payload), doc: { id: 3 } })).resolves.toBe(false)
    }
    expect(count).not.toHaveBeenCalled()
  })
})
