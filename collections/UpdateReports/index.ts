import type { CollectionConfig } from 'payload'

import { isStaff, staffField, staffOnly } from '@/access'
import { approvedAlumniOnly, readReports } from '@/access/collaboration'
import { authorField, cleanText } from '@/collaboration/fields'
import { requireVisibleUpdate } from '@/collaboration/updateHooks'
import { l } from '@/lib/label'
import { REPORT_REASONS, REPORT_STATUSES } from '@/lib/options'

/**
 * A member's report of an update that breaks the rules. Staff read them here or on the update
 * itself, hide the update if needed and mark the report resolved. One per member per update.
 */
export const UpdateReports: CollectionConfig = {
  slug: 'update-reports',
  labels: { singular: l('通報', 'Report'), plural: l('近況への通報', 'Update reports') },
  admin: {
    group: l('コミュニティ', 'Community'),
    defaultColumns: ['update', 'reason', 'note', 'reporter', 'status', 'createdAt'],
    hidden: ({ user }) => !isStaff(user),
  },
  access: { read: readReports, create: approvedAlumniOnly, update: staffOnly, delete: staffOnly },
  indexes: [{ fields: ['update', 'reporter'], unique: true }],
  hooks: { beforeChange: [requireVisibleUpdate] },
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
    { ...authorField('reporter', l('通報した会員', 'Reported by')), required: true } as ReturnType<typeof authorField>,
    { name: 'reason', type: 'select', required: true, options: [...REPORT_REASONS], label: l('理由', 'Reason') },
    { name: 'note', type: 'textarea', maxLength: 500, label: l('補足', 'Note'), hooks: cleanText },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [...REPORT_STATUSES],
      label: l('対応状況', 'Status'),
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
  ],
}
