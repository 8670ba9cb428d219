import type { CollectionConfig } from 'payload'

import { isStaff, staffField, staffOnly } from '@/access'
import { approvedAlumniOnly, readUnlessHidden, staffOrOwn } from '@/access/collaboration'
import { authorField, cleanText, hiddenField } from '@/collaboration/fields'
import { deleteImageWithUpdate, deleteUpdateDependants, hideImageWithUpdate } from '@/collaboration/updateHooks'
import { l } from '@/lib/label'
import { recordActivityOnCreate } from '@/dashboard/activity'
import { validateLink } from '@/text/rules'

/** The longest update a member can post. */
export const UPDATE_MAX_LENGTH = 500

/**
 * Short updates from approved alumni about what they do now, on the members home
 * (docs/collaboration.md). Members read what staff have not hidden; authors delete their own;
 * staff hide posts that break the rules, with the reports on them in view.
 */
export const MemberUpdates: CollectionConfig = {
  slug: 'member-updates',
  labels: { singular: l('近況', 'Member update'), plural: l('会員の近況', 'Member updates') },
  admin: {
    useAsTitle: 'body',
    group: l('コミュニティ', 'Community'),
    defaultColumns: ['body', 'author', 'hidden', 'createdAt'],
    hidden: ({ user }) => !isStaff(user),
  },
  access: {
    read: readUnlessHidden,
    create: approvedAlumniOnly,
    // Authors do not edit (reactions and reports refer to what was said); staff moderate.
    update: staffOnly,
    delete: staffOrOwn('author'),
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['hidden', 'createdAt'] }],
  hooks: { afterChange: [hideImageWithUpdate, recordActivityOnCreate], beforeDelete: [deleteUpdateDependants], afterDelete: [deleteImageWithUpdate] },
  fields: [
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: UPDATE_MAX_LENGTH,
      label: l('本文', 'Text'),
      hooks: cleanText,
    },
    { name: 'link', type: 'text', maxLength: 500, label: l('リンク', 'Link'), validate: validateLink },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'update-images',
      label: l('画像', 'Image'),
      // A member attaches only an image they uploaded.
      filterOptions: ({ user }) => (isStaff(user) ? true : { owner: { equals: user?.id ?? 0 } }),
    },
    hiddenField,
    { ...authorField('author'), required: true } as ReturnType<typeof authorField>,
    {
      name: 'reports',
      type: 'join',
      collection: 'update-reports',
      on: 'update',
      label: l('通報', 'Reports'),
      access: { read: staffField },
      admin: { defaultColumns: ['reason', 'note', 'reporter', 'status', 'createdAt'] },
    },
  ],
}
