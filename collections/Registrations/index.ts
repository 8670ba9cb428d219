import type { Access, CollectionConfig } from 'payload'

import { isAlumnus, isStaff, staffOnly } from '@/access'
import { CACHE_TAGS } from '@/cache/tags'
import { revalidateOnChange } from '@/cache/expire'
import { l } from '@/lib/label'
import { REGISTRATION_STATUSES } from '@/lib/options'

import { promoteAfterStaffChange, stampRegisteredAt } from './hooks'

/** Staff see every registration; an alumnus sees their own. */
const readRegistrations: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isAlumnus(user) && user) return { alumnus: { equals: user.id } }
  return false
}

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * An alumnus's place at an event. One per person per event, enforced by a unique index.
 * Alumni never write these through the API: they register and cancel through the RSVP
 * module (src/events/rsvp.ts), which counts seats under a lock on the event.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: l('参加申込', 'Registration'), plural: l('参加申込', 'Registrations') },
  access: { read: readRegistrations, create: staffOnly, update: staffOnly, delete: staffOnly },
  admin: {
    defaultColumns: ['event', 'alumnus', 'status', 'registeredAt', 'checkedInAt'],
    group: l('会員', 'Members'),
    description: l(
      'イベントの参加者一覧。イベントで絞り込み、当日は「受付」列のボタンでチェックインできます。',
      'Attendees of events. Filter by event; on the day, check people in with the button in the “Checked in” column.',
    ),
  },
  indexes: [
    { fields: ['event', 'alumnus'], unique: true },
    // The waiting list in order, and seat counts, per event.
    { fields: ['event', 'status', 'registeredAt'] },
  ],
  hooks: {
    beforeChange: [stampRegisteredAt],
    // Seats left are shown on the (cached) event pages.
    afterChange: [promoteAfterStaffChange, ...revalidateOnChange([CACHE_TAGS.events]).afterChange],
    afterDelete: revalidateOnChange([CACHE_TAGS.events]).afterDelete,
  },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, label: l('イベント', 'Event') },
    { name: 'alumnus', type: 'relationship', relationTo: 'alumni', required: true, index: true, label: l('アルムナイ', 'Alumnus') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      index: true,
      options: [...REGISTRATION_STATUSES],
      label: l('ステータス', 'Status'),
    },
    {
      name: 'registeredAt',
      type: 'date',
      label: l('申込日時', 'Registered at'),
      admin: {
        ...dayAndTime,
        position: 'sidebar',
        description: l('キャンセル待ちはこの順に繰り上がります', 'The waiting list moves up in this order'),
      },
    },
    {
      name: 'checkedInAt',
      type: 'date',
      label: l('受付', 'Checked in'),
      admin: { ...dayAndTime, position: 'sidebar', components: { Cell: '/src/admin/CheckInCell#CheckInCell' } },
    },
    {
      name: 'reminderSentAt',
      type: 'date',
      label: l('前日リマインド送信', 'Reminder sent'),
      admin: { ...dayAndTime, position: 'sidebar', readOnly: true },
    },
  ],
}
