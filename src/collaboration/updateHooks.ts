import {
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
} from 'payload'

import { isStaff } from '@/access'
import type { MemberUpdate } from '@/payload-types'

import { notFound, refuse } from './errors'

const idOf = (value: unknown): number | undefined =>
  typeof value === 'object' && value ? (value as { id: number }).id : (value as number | undefined)

/**
 * Reactions and reports refer to an update the member can see: a hidden or deleted one is
 * "not found", checked with the member's own read rule.
 */
export const requireVisibleUpdate: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user || isStaff(req.user)) return data
  const id = idOf(data.update)
  if (!id) return refuse(req, 'member-updates', 'update', 'Choose an update.')
  const { totalDocs } = await req.payload.count({
    collection: 'member-updates',
    where: { id: { equals: id } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!totalDocs) return notFound(req)
  return data
}

/** An update's image is hidden and shown with its update, so the file is no easier to reach than the post. */
export const hideImageWithUpdate: CollectionAfterChangeHook<MemberUpdate> = async ({ doc, previousDoc, req }) => {
  const image = idOf(doc.image)
  if (!image || Boolean(doc.hidden) === Boolean(previousDoc?.hidden)) return doc
  await req.payload.update({ collection: 'update-images', id: image, data: { hidden: Boolean(doc.hidden) }, req, depth: 0 })
  return doc
}

/** A deleted update takes its image with it. */
export const deleteImageWithUpdate: CollectionAfterDeleteHook<MemberUpdate> = async ({ doc, req }) => {
  const image = idOf(doc.image)
  if (image) await req.payload.delete({ collection: 'update-images', id: image, req }).catch(() => undefined)
}

/**
 * Reactions and reports go first, in the same transaction: their required `update` column
 * would otherwise block the delete.
 */
export const deleteUpdateDependants: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['update-reactions', 'update-reports'] as const) {
    await req.payload.delete({ collection, where: { update: { equals: id } }, req })
  }
}
