import type { Where } from 'payload'

import type { Viewer } from '@/auth/viewer'
import { openWhere } from '@/collaboration/opportunityState'
import { INDUSTRIES, OPPORTUNITY_KINDS } from '@/lib/options'
import type { Alumnus, Opportunity, OpportunityInterest, User } from '@/payload-types'

import { payloadClient } from './payload'

export type OpportunityKind = Opportunity['kind']
export type Industry = NonNullable<Opportunity['industry']>

const KINDS = OPPORTUNITY_KINDS.map((k) => k.value) as readonly string[]
const INDUSTRY_VALUES = INDUSTRIES.map((i) => i.value) as readonly string[]

/** A filter value from the URL, or undefined when it is not one of the options. */
export const kindParam = (value: unknown): OpportunityKind | undefined =>
  typeof value === 'string' && KINDS.includes(value) ? (value as OpportunityKind) : undefined
export const industryParam = (value: unknown): Industry | undefined =>
  typeof value === 'string' && INDUSTRY_VALUES.includes(value) ? (value as Industry) : undefined

const LIST_FIELDS = { title: true, kind: true, industry: true, deadline: true, status: true, createdAt: true, alumnus: true, postedByStaff: true } as const

/**
 * The open board a member browses: open, deadline not passed, not hidden (the read rule),
 * newest first, filtered by kind and industry. Read with the member's own access.
 */
export const listOpenOpportunities = async (
  viewer: Viewer,
  { kind, industry, page = 1, limit = 12 }: { kind?: OpportunityKind; industry?: Industry; page?: number; limit?: number },
) => {
  const payload = await payloadClient()
  const and: Where[] = [openWhere()]
  if (kind) and.push({ kind: { equals: kind } })
  if (industry) and.push({ industry: { equals: industry } })
  return payload.find({
    collection: 'opportunities',
    where: { and },
    sort: '-createdAt',
    page,
    limit,
    depth: 1,
    overrideAccess: false,
    user: viewer,
    select: LIST_FIELDS,
    populate: { alumni: { name: true }, users: { name: true } },
  })
}

/** What the viewer posted, open or closed, for "your posts". */
export const listMyOpportunities = async (viewer: Viewer) => {
  if (viewer.collection !== 'alumni') return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'opportunities',
    where: { alumnus: { equals: viewer.id } },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: false,
    user: viewer,
    select: { title: true, status: true, outcome: true, deadline: true },
  })
  return docs
}

export type PosterName = { name: string; alumnusId?: number }

export const posterOf = (doc: Pick<Opportunity, 'alumnus' | 'postedByStaff'>): PosterName | null => {
  if (doc.alumnus && typeof doc.alumnus === 'object') return { name: (doc.alumnus as Alumnus).name, alumnusId: doc.alumnus.id }
  if (doc.postedByStaff && typeof doc.postedByStaff === 'object') return { name: (doc.postedByStaff as User).name }
  return null
}

/** One opportunity the viewer may read, or null (hidden, unknown, or not theirs to see). */
export const getOpportunity = async (viewer: Viewer, id: number) => {
  const payload = await payloadClient()
  return payload.findByID({
    collection: 'opportunities',
    id,
    depth: 1,
    overrideAccess: false,
    user: viewer,
    disableErrors: true,
    populate: { alumni: { name: true }, users: { name: true } },
    select: {
      title: true, kind: true, industry: true, description: true, deadline: true, contact: true, status: true,
      outcome: true, closedAt: true, hidden: true, alumnus: true, postedByStaff: true, createdAt: true,
    },
  })
}

/**
 * The interests in an opportunity that the viewer may read: all of them for the poster and
 * staff, the viewer's own for anyone else (the collection's read rule decides).
 */
export const listInterests = async (viewer: Viewer, opportunity: number) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'opportunity-interests',
    where: { opportunity: { equals: opportunity } },
    sort: 'createdAt',
    pagination: false,
    depth: 1,
    overrideAccess: false,
    user: viewer,
    select: { alumnus: true, message: true, createdAt: true },
    populate: { alumni: { name: true, currentOrganization: true } },
  })
  return docs as (Pick<OpportunityInterest, 'id' | 'message' | 'createdAt'> & { alumnus: Pick<Alumnus, 'id' | 'name' | 'currentOrganization'> | number })[]
}
