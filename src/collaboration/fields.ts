import type { Field } from 'payload'

import { staffField } from '@/access'
import { l } from '@/lib/label'
import { toPlainText } from '@/text/rules'

import { stampAlumnus, stampStaff } from './poster'

/** Member-typed text is stored as plain text, however it arrives (docs/profile-and-privacy.md). */
export const cleanText = { beforeValidate: [toPlainText] }

/** The alumnus who wrote the document: set on create, changed only by staff. */
export const authorField = (name: string, label = l('投稿者', 'Posted by')): Field => ({
  name,
  type: 'relationship',
  relationTo: 'alumni',
  index: true,
  label,
  access: { update: staffField },
  hooks: { beforeChange: [stampAlumnus] },
  admin: { position: 'sidebar' },
})

/** The staff user who posted, when staff posted. */
export const staffPosterField: Field = {
  name: 'postedByStaff',
  type: 'relationship',
  relationTo: 'users',
  label: l('投稿したスタッフ', 'Posted by staff'),
  access: { update: staffField },
  hooks: { beforeChange: [stampStaff] },
  admin: { position: 'sidebar' },
}

/** Staff moderation: a hidden document vanishes for members and stays for staff. */
export const hiddenField: Field = {
  name: 'hidden',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: l('非表示（モデレーション）', 'Hidden (moderation)'),
  access: { create: staffField, update: staffField },
  admin: { position: 'sidebar', description: l('会員には表示されなくなります', 'Members no longer see it') },
}
