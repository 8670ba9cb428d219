import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access'
import { l } from '@/lib/label'
import { rosterEndpoints } from '@/roster/endpoints'

/**
 * The company's own list of former employees. A registration whose employee number and join
 * year match a row can be approved automatically (see the membership settings).
 */
export const Roster: CollectionConfig = {
  slug: 'roster',
  labels: { singular: l('退職者名簿', 'Roster entry'), plural: l('退職者名簿', 'Roster') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'employeeNumber', 'joinedYear', 'leftYear', 'department', 'invitedAt'],
    group: l('会員', 'Members'),
  },
  // Import from CSV with a preview, and invitations (src/roster, docs/roster.md).
  endpoints: rosterEndpoints,
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('氏名', 'Name') },
    { name: 'email', type: 'email', label: l('メールアドレス', 'Email') },
    { name: 'employeeNumber', type: 'text', required: true, unique: true, index: true, label: l('社員番号', 'Employee number') },
    { name: 'joinedYear', type: 'number', required: true, label: l('入社年', 'Joined') },
    { name: 'leftYear', type: 'number', label: l('退職年', 'Left') },
    { name: 'department', type: 'text', label: l('最終所属部署', 'Last department') },
    {
      // Set when staff send the invitation mail (src/roster/invite.ts); shown so nobody is invited twice by mistake.
      name: 'invitedAt',
      type: 'date',
      label: l('招待メール送信', 'Invited'),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
