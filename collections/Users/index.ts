import type { CollectionConfig } from 'payload'

import { adminField, isAdmin, isStaff } from '@/access'
import { l } from '@/lib/label'
import { STAFF_ROLES } from '@/lib/options'
import { sessionCookies } from '@/security/cookies'
import { limitAuthRequests } from '@/security/limitAuthRequests'

/** Staff accounts for the admin panel. Only admins manage them; staff may edit themselves. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: l('スタッフ', 'Staff member'), plural: l('スタッフ', 'Staff') },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, tokenExpiration: 60 * 60 * 8, cookies: sessionCookies() },
  hooks: { beforeOperation: [limitAuthRequests] },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: l('設定', 'Settings') },
  access: {
    admin: ({ req }) => isStaff(req.user),
    read: ({ req }) => isStaff(req.user),
    create: ({ req }) => isAdmin(req.user),
    delete: ({ req }) => isAdmin(req.user),
    update: ({ req, id }) =>
      isAdmin(req.user) || (isStaff(req.user) && String(req.user?.id) === String(id)),
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('氏名', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: [...STAFF_ROLES],
      label: l('権限', 'Role'),
      access: { create: adminField, update: adminField },
      saveToJWT: true,
    },
  ],
}
