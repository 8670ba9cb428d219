import type { CollectionBeforeDeleteHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { isStaff, staffField, staffOnly } from '@/access'
import { membersField, membersOnly, readUnlessHidden, staffOrOwn } from '@/access/collaboration'
import { refuse } from '@/collaboration/errors'
import { authorField, cleanText, hiddenField, staffPosterField } from '@/collaboration/fields'
import { l } from '@/lib/label'
import { INDUSTRIES, OPPORTUNITY_KINDS, OPPORTUNITY_OUTCOMES, OPPORTUNITY_STATUSES } from '@/lib/options'
import { recordActivityOnCreate } from '@/dashboard/activity'

/** A closed opportunity says how it ended; an open one has no outcome. Closing stamps the time. */
const checkClosing: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!data) return data
  const status = data.status ?? originalDoc?.status ?? 'open'
  const outcome = data.outcome !== undefined ? data.outcome : originalDoc?.outcome
  if (status === 'closed' && !outcome) refuse(req, 'opportunities', 'outcome', 'A closed opportunity needs an outcome (matched or not matched).')
  if (status === 'open') {
    data.outcome = null
    data.closedAt = null
  } else if (originalDoc?.status !== 'closed') data.closedAt = new Date().toISOString()
  return data
}

/** Interests go first, in the same transaction: their required column would block the delete. */
const deleteInterests: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'opportunity-interests', where: { opportunity: { equals: id } }, req })
}

/**
 * The collaboration board (docs/collaboration.md): work the company or alumni order or offer,
 * fixed-term and returning roles, joint development, investment. Staff and approved alumni post;
 * only members read; the poster edits and closes their own; staff moderate (hide, close, delete).
 */
export const Opportunities: CollectionConfig = {
  slug: 'opportunities',
  labels: { singular: l('協業募集', 'Opportunity'), plural: l('協業ボード', 'Opportunities') },
  admin: {
    useAsTitle: 'title',
    group: l('コミュニティ', 'Community'),
    defaultColumns: ['title', 'kind', 'status', 'outcome', 'alumnus', 'hidden', 'createdAt'],
    hidden: ({ user }) => !isStaff(user),
  },
  access: {
    read: readUnlessHidden,
    create: membersOnly,
    update: staffOrOwn('alumnus'),
    delete: staffOnly,
  },
  indexes: [{ fields: ['status', 'deadline'] }],
  hooks: { beforeValidate: [checkClosing], afterChange: [recordActivityOnCreate], beforeDelete: [deleteInterests] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: l('タイトル', 'Title'), hooks: cleanText },
    { name: 'kind', type: 'select', required: true, index: true, options: [...OPPORTUNITY_KINDS], label: l('種類', 'Kind') },
    { name: 'industry', type: 'select', index: true, options: [...INDUSTRIES], label: l('業界', 'Industry') },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      label: l('内容', 'Description'),
      hooks: cleanText,
    },
    { name: 'deadline', type: 'date', label: l('締切', 'Deadline'), admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'contact',
      type: 'text',
      required: true,
      maxLength: 300,
      label: l('連絡方法', 'How to reach the poster'),
      access: { read: membersField },
      hooks: cleanText,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [...OPPORTUNITY_STATUSES],
      label: l('状態', 'Status'),
      admin: { position: 'sidebar' },
    },
    { name: 'outcome', type: 'select', options: [...OPPORTUNITY_OUTCOMES], label: l('結果', 'Outcome'), admin: { position: 'sidebar' } },
    {
      name: 'closedAt',
      type: 'date',
      label: l('終了日時', 'Closed at'),
      access: { update: staffField },
      admin: { position: 'sidebar', readOnly: true },
    },
    hiddenField,
    authorField('alumnus'),
    staffPosterField,
    {
      name: 'interests',
      type: 'join',
      collection: 'opportunity-interests',
      on: 'opportunity',
      label: l('興味あり', 'Interested'),
      // Members read interests through their own collection's rule (poster and staff only).
      access: { read: staffField },
      admin: { defaultColumns: ['alumnus', 'message', 'createdAt'] },
    },
  ],
}
