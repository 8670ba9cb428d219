import type { CollectionConfig } from 'payload'

import { isStaff, staffField } from '@/access'
import { approvedAlumniOnly, readOnVisibleUpdate, staffOrOwn } from '@/access/collaboration'
import { authorField } from '@/collaboration/fields'
import { requireVisibleUpdate } from '@/collaboration/updateHooks'
import { l } from '@/lib/label'
import { REACTION_KINDS } from '@/lib/options'
import { recordActivityOnCreate } from '@/dashboard/activity'

/** A member's reaction to an update: one per member per update (unique in the database). */
export const UpdateReactions: CollectionConfig = {
  slug: 'update-reactions',
  labels: { singular: l('リアクション', 'Reaction'), plural: l('リアクション', 'Reactions') },
  admin: { group: l('コミュニティ', 'Community'), hidden: ({ user }) => !isStaff(user) },
  access: {
    read: readOnVisibleUpdate,
    create: approvedAlumniOnly,
    update: staffOrOwn('alumnus'),
    delete: staffOrOwn('alumnus'),
  },
  indexes: [{ fields: ['update', 'alumnus'], unique: true }],
  hooks: { beforeChange: [requireVisibleUpdate], afterChange: [recordActivityOnCreate] },
  fields: [
    {
      name: 'update',
      type: 'relationship',
      relationTo: 'member-updates',
      required: true,
      index: true,
      label: l('近況', 'Update'),
      access: { update: staffField },
    },
    { ...authorField('alumnus', l('会員', 'Member')), required: true } as ReturnType<typeof authorField>,
    { name: 'kind', type: 'select', required: true, defaultValue: 'like', options: [...REACTION_KINDS], label: l('種類', 'Kind') },
  ],
}
