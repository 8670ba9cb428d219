import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access'
import { l } from '@/lib/label'

/**
 * That an account was deleted, and when, without any personal data: the record staff keep
 * after a member erases their account.
 */
export const AccountDeletions: CollectionConfig = {
  slug: 'account-deletions',
  labels: { singular: l('退会記録', 'Account deletion'), plural: l('退会記録', 'Account deletions') },
  admin: { defaultColumns: ['formerId', 'deletedAt', 'initiatedBy'], group: l('会員', 'Members') },
  access: { read: staffOnly, create: () => false, update: () => false, delete: staffOnly },
  fields: [
    { name: 'formerId', type: 'number', required: true, label: l('旧会員ID', 'Former member ID') },
    { name: 'deletedAt', type: 'date', required: true, label: l('削除日時', 'Deleted at') },
    {
      name: 'initiatedBy',
      type: 'select',
      required: true,
      options: [
        { value: 'member', label: l('本人', 'The member') },
        { value: 'staff', label: l('スタッフ', 'Staff') },
      ],
      label: l('実行者', 'Initiated by'),
    },
  ],
}
