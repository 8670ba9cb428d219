import type { Viewer } from '@/auth/viewer'
import { REACTION_KINDS } from '@/lib/options'
import type { Alumnus, MemberUpdate, UpdateImage } from '@/payload-types'

import { payloadClient } from './payload'

export type ReactionKind = (typeof REACTION_KINDS)[number]['value']
export const REACTION_VALUES = REACTION_KINDS.map((r) => r.value) as readonly ReactionKind[]

export type FeedItem = {
  id: number
  body: string
  link?: string | null
  image?: { url: string; width?: number | null; height?: number | null } | null
  createdAt: string
  hidden: boolean
  author: { id: number; name: string } | null
  mine: boolean
  counts: Record<ReactionKind, number>
  myReaction: ReactionKind | null
  reported: boolean
}

const imageOf = (image: MemberUpdate['image']): FeedItem['image'] => {
  if (!image || typeof image !== 'object') return null
  const doc = image as UpdateImage
  const url = doc.sizes?.feed?.url || doc.url
  return url ? { url, width: doc.sizes?.feed?.width ?? doc.width, height: doc.sizes?.feed?.height ?? doc.height } : null
}

/**
 * One page of the members' feed, newest first, with reaction counts and the viewer's own
 * reaction and report. Everything is read with the viewer's access: hidden posts are left out
 * for members by the collection's rule and shown (marked) to staff. Three queries a page.
 */
export const listUpdates = async (viewer: Viewer, { page = 1, limit = 10 }: { page?: number; limit?: number } = {}) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'member-updates',
    sort: '-createdAt',
    page,
    limit,
    depth: 1,
    overrideAccess: false,
    user: viewer,
    select: { body: true, link: true, image: true, createdAt: true, hidden: true, author: true },
    populate: { alumni: { name: true }, 'update-images': { url: true, width: true, height: true, sizes: true } },
  })
  const ids = result.docs.map((doc) => doc.id)
  const [reactions, reports] = ids.length
    ? await Promise.all([
        payload.find({
          collection: 'update-reactions',
          where: { update: { in: ids } },
          pagination: false,
          depth: 0,
          overrideAccess: false,
          user: viewer,
          select: { update: true, alumnus: true, kind: true },
        }),
        viewer.collection === 'alumni'
          ? payload.find({
              collection: 'update-reports',
              where: { and: [{ update: { in: ids } }, { reporter: { equals: viewer.id } }] },
              pagination: false,
              depth: 0,
              overrideAccess: false,
              user: viewer,
              select: { update: true },
            })
          : { docs: [] },
      ])
    : [{ docs: [] }, { docs: [] }]
  const items: FeedItem[] = result.docs.map((doc) => {
    const author = doc.author && typeof doc.author === 'object' ? (doc.author as Alumnus) : null
    const own = reactions.docs.filter((r) => r.update === doc.id)
    const counts = Object.fromEntries(REACTION_VALUES.map((kind) => [kind, own.filter((r) => r.kind === kind).length])) as FeedItem['counts']
    const mine = own.find((r) => viewer.collection === 'alumni' && r.alumnus === viewer.id)
    return {
      id: doc.id,
      body: doc.body,
      link: doc.link,
      image: imageOf(doc.image),
      createdAt: doc.createdAt,
      hidden: Boolean(doc.hidden),
      author: author ? { id: author.id, name: author.name } : null,
      mine: viewer.collection === 'alumni' && author?.id === viewer.id,
      counts,
      myReaction: (mine?.kind as ReactionKind | undefined) ?? null,
      reported: reports.docs.some((r) => r.update === doc.id),
    }
  })
  return { items, page: result.page ?? page, totalPages: result.totalPages }
}
