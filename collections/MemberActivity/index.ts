import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access'
import { l } from '@/lib/label'

/**
 * One row per alumnus per month in which they were active (signed in or registered for an
 * event): the record behind "monthly active members" on the network dashboard. Written only
 * by `recordActivity` (src/dashboard/activity.ts), never through the API; nothing but the
 * month is kept, so it says no more about a person than "was here in November".
 */
export const MemberActivity: CollectionConfig = {
  slug: 'member-activity',
  labels: { singular: l('会員の利用月', 'Member activity'), plural: l('会員の利用月', 'Member activity') },
  admin: { hidden: true },
  access: { read: staffOnly, create: () => false, update: () => false, delete: staffOnly },
  indexes: [{ fields: ['alumnus', 'month'], unique: true }],
  fields: [
    { name: 'alumnus', type: 'relationship', relationTo: 'alumni', required: true, index: true, label: l('アルムナイ', 'Alumnus') },
    // 'YYYY-MM' in Asia/Tokyo, the network's own calendar.
    { name: 'month', type: 'text', required: true, index: true, label: l('月', 'Month') },
  ],
}
