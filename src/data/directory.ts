/**
 * The member directory (docs/search.md). Matching and paging run in SQL over the n-gram index
 * (src/search/directorySql.ts) and yield one page of ids; the people on that page are then read
 * through the Local API with `overrideAccess: false` and the viewer as `user`, so the alumni
 * access rules and field rules decide what comes back, exactly as for REST and GraphQL.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, Where } from 'payload'

import { listedInDirectory } from '../../collections/Alumni/access'
import { isMember } from '@/access'
import type { Viewer } from '@/auth/viewer'
import { cachedFor } from '@/cache/cached'
import { payloadClient } from '@/data/payload'
import type { Alumnus, AlumniPhoto } from '@/payload-types'
import { type DirectoryQuery, PAGE_SIZE } from '@/search/directoryQuery'
import { directoryAllIdsStatement, directoryStatement } from '@/search/directorySql'

/** Who reads: the signed-in person (an `Alumnus` or staff `User` with its collection). */
export type DirectoryViewer = Viewer | (Parameters<typeof isMember>[0] & object)

/** What a result shows: the person's "now". */
const CARD_FIELDS = {
  name: true,
  nameKana: true,
  photo: true,
  currentOrganization: true,
  title: true,
  industry: true,
  location: true,
  openTo: true,
} as const

/** What members may see on a profile page; never the account email, verification or review fields. */
const PROFILE_FIELDS = {
  ...CARD_FIELDS,
  nameRomaji: true,
  careerSinceLeaving: true,
  bio: true,
  skills: true,
  links: true,
  joinedYear: true,
  leftYear: true,
  departments: true,
  contact: true,
} as const

// `filename` too: Payload derives `url` from it.
const PHOTO_FIELDS = { url: true, filename: true, width: true, height: true, sizes: true } as const

export type DirectoryPhoto = Pick<AlumniPhoto, 'id' | 'url' | 'width' | 'height' | 'sizes'>
export type DirectoryCard = Pick<Alumnus, 'id' | keyof typeof CARD_FIELDS> & { photo?: DirectoryPhoto | number | null }
export type DirectoryProfile = Pick<Alumnus, 'id' | keyof typeof PROFILE_FIELDS> & { photo?: DirectoryPhoto | number | null }

export type DirectoryPage = { total: number; page: number; totalPages: number; people: DirectoryCard[] }

const db = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

/**
 * Runs a directory statement with sequential scans ruled out: a scan would compute every row's
 * n-grams (the index expression) again, which the index never needs and the planner does not
 * price in — so for a very common character it could prefer the scan.
 */
const run = <Row extends Record<string, unknown>>(payload: Payload, statement: SQL) =>
  db(payload).transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`)
    return (await tx.execute<Row>(statement)).rows
  })

/** One page of matching ids, in order, and the number of all matches. */
export const directoryPageIds = async (payload: Payload, query: DirectoryQuery): Promise<{ ids: number[]; total: number }> => {
  const [row] = await run<{ total: string; ids: number[] | null }>(payload, directoryStatement(query))
  return { ids: (row?.ids ?? []).map(Number), total: Number(row?.total ?? 0) }
}

/** Every matching id, in id order: what tests and the benchmark compare against a scan. */
export const directoryAllIds = async (payload: Payload, query: DirectoryQuery): Promise<number[]> =>
  (await run<{ id: number }>(payload, directoryAllIdsStatement(query))).map((row) => Number(row.id))

const listed = (where: Where): Where => ({ and: [where, listedInDirectory] })

/** A page of the directory for `viewer`; nothing for anyone who is not a member. */
export const searchDirectory = async (
  payload: Payload,
  viewer: DirectoryViewer | null,
  query: DirectoryQuery,
): Promise<DirectoryPage> => {
  if (!isMember(viewer)) return { total: 0, page: query.page, totalPages: 0, people: [] }
  const { ids, total } = await directoryPageIds(payload, query)
  const totalPages = Math.ceil(total / PAGE_SIZE)
  if (!ids.length) return { total, page: query.page, totalPages, people: [] }
  const { docs } = await payload.find({
    collection: 'alumni',
    where: listed({ id: { in: ids } }),
    overrideAccess: false,
    user: viewer,
    depth: 1,
    limit: ids.length,
    pagination: false,
    select: CARD_FIELDS,
    populate: { 'alumni-photos': PHOTO_FIELDS },
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc as DirectoryCard]))
  const people = ids.map((id) => byId.get(id)).filter((doc): doc is DirectoryCard => Boolean(doc))
  return { total, page: query.page, totalPages, people }
}

/** A listed member's profile as members see it, or null (unknown, hidden, not approved, or not allowed). */
export const getDirectoryProfile = async (
  payload: Payload,
  viewer: DirectoryViewer | null,
  id: number,
): Promise<DirectoryProfile | null> => {
  if (!isMember(viewer) || !Number.isSafeInteger(id) || id <= 0) return null
  const { docs } = await payload.find({
    collection: 'alumni',
    where: listed({ id: { equals: id } }),
    overrideAccess: false,
    user: viewer,
    depth: 1,
    limit: 1,
    pagination: false,
    select: PROFILE_FIELDS,
    populate: { 'alumni-photos': PHOTO_FIELDS },
  })
  return (docs[0] as DirectoryProfile | undefined) ?? null
}

/**
 * Departments named by listed members, most common first: the options of the department
 * filter. Names only, no people.
 */
export const directoryDepartments = async (payload: Payload): Promise<string[]> => {
  const { rows } = await db(payload).execute<{ department: string }>(sql`
    SELECT t.text AS department FROM alumni_texts t JOIN alumni_directory d ON d.id = t.parent_id AND d.listed
    WHERE t.path = 'departments' AND t.text <> ''
    GROUP BY t.text ORDER BY count(*) DESC, t.text LIMIT 100`)
  return rows.map((row) => row.department)
}

/** The department names for the filter: the same for every member, so read every ten minutes at most. */
export const cachedDirectoryDepartments = cachedFor('directory:departments', 600, async () => directoryDepartments(await payloadClient()))
