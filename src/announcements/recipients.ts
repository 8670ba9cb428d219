import type { Where } from 'payload'

import type { Announcement } from '@/payload-types'

export type Targeting = NonNullable<Announcement['targeting']>

/**
 * The alumni an announcement's email goes to: approved, wanting announcement mail (a choice
 * never made counts as yes, the field's default), and matching every condition the editor
 * filled in — any ticked "open to" option, any ticked industry, a verified join year in the
 * range. Join year is the one staff verified (`verification.joinedYear`), not the profile's.
 */
export const recipientsWhere = (targeting: Targeting | null | undefined): Where => {
  const and: Where[] = [
    { status: { equals: 'approved' } },
    { or: [{ 'notifications.announcements': { equals: true } }, { 'notifications.announcements': { exists: false } }] },
  ]
  if (targeting?.openTo?.length) and.push({ openTo: { in: targeting.openTo } })
  if (targeting?.industries?.length) and.push({ industry: { in: targeting.industries } })
  if (targeting?.joinedFrom) and.push({ 'verification.joinedYear': { greater_than_equal: targeting.joinedFrom } })
  if (targeting?.joinedTo) and.push({ 'verification.joinedYear': { less_than_equal: targeting.joinedTo } })
  return { and }
}
