import type { CollectionSlug, Payload, Where } from 'payload'

/** Passed to every create/update: collection hooks skip cache revalidation (no Next server here). */
export const SEED_CONTEXT = { disableRevalidate: true, seed: true } as const

export type SeedLog = (line: string) => void

/** Shared state of one seed run. */
export type SeedContext = {
  payload: Payload
  log: SeedLog
  /** Midnight of the current day in Tokyo, as a UTC timestamp: every seeded date is relative to it. */
  today: number
  /** Uploaded images by key (see images.ts). */
  media: Record<string, number>
}

const DAY = 24 * 60 * 60 * 1000
const JST_OFFSET = 9 * 60 * 60 * 1000

/** Midnight of `now`'s calendar day in Asia/Tokyo. */
export const startOfTokyoDay = (now: Date): number => {
  const tokyo = new Date(now.getTime() + JST_OFFSET)
  return Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth(), tokyo.getUTCDate()) - JST_OFFSET
}

/**
 * A moment `days` from today at `hh:mm` Tokyo time, as an ISO string. Dates derive from the
 * day the seed runs, so two runs on the same day write identical dates.
 */
export const tokyo = (ctx: Pick<SeedContext, 'today'>, days: number, hh = 10, mm = 0): string =>
  new Date(ctx.today + days * DAY + (hh * 60 + mm) * 60 * 1000).toISOString()

/** The id of the first document matching `where`, overriding access. */
export const findId = async (
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
): Promise<number | undefined> => {
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {},
  })
  const id = docs[0]?.id
  return typeof id === 'number' ? id : id === undefined ? undefined : Number(id)
}

export const findIdBySlug = (payload: Payload, collection: CollectionSlug, slug: string) =>
  findId(payload, collection, { slug: { equals: slug } })

/**
 * Creates the document with this slug, or updates the one a previous seed made (idempotent), in
 * Japanese, then writes its English fields: the id.
 */
export const upsertBySlug = async (
  payload: Payload,
  collection: 'events',
  slug: string,
  ja: Record<string, unknown>,
  en: Record<string, unknown>,
): Promise<number> => {
  const options = { depth: 0, context: SEED_CONTEXT, overrideAccess: true } as const
  const existing = await findIdBySlug(payload, collection, slug)
  const doc = existing
    ? await payload.update({ collection, id: existing, data: ja as never, locale: 'ja', ...options })
    : await payload.create({ collection, data: ja as never, locale: 'ja', ...options })
  await payload.update({ collection, id: doc.id, data: en as never, locale: 'en', ...options })
  return doc.id
}

/** Progress reporter: `label i/total`, at most every `every` items and always at the end. */
export const progress = (log: SeedLog, label: string, total: number, every = total) => {
  let done = 0
  return () => {
    done += 1
    if (done === total || done % every === 0) log(`${label} ${done}/${total}`)
  }
}

/** A small deterministic PRNG (mulberry32) for generated artwork: same seed, same picture. */
export const prng = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A stable 32-bit hash of a string (FNV-1a), to seed `prng` from a name. */
export const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
