import type { Access, CollectionConfig } from 'payload'

import { isAlumnus, isStaff, staffOnly } from '@/access'
import { l } from '@/lib/label'
import { REGISTRATION_STATUSES } from '@/lib/options'

/** Staff see every registration; an alumnus sees their own. */
const readRegistrations: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isAlumnus(user) && user) return { alumnus: { equals: user.id } }
  return false
}

/** An alumnus's place at an event. One per person per event, enforced by a unique index. */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: l('参加申込', 'Registration'), plural: l('参加申込', 'Registrations') },
  access: { read: readRegistrations, create: staffOnly, update: staffOnly, delete: staffOnly },
  admin: { defaultColumns: ['event', 'alumnus', 'status', 'createdAt'], group: l('会員', 'Members') },
  indexes: [{ fields: ['event', 'alumnus'], unique: true }],
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
  ],
}
