import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access'
import { approvedAlumniOnly, readUnlessHidden, staffOrOwn } from '@/access/collaboration'
import { authorField } from '@/collaboration/fields'
import { l } from '@/lib/label'
import { uploadDir } from '@/lib/uploads'

import { checkPhoto } from '../AlumniPhotos/hooks/checkPhoto'

/**
 * Images attached to member updates. The same checks as profile photos (bytes inspected,
 * normalized, metadata removed: collections/AlumniPhotos/hooks/checkPhoto.ts), kept in their
 * own collection because profile photos are replaced and cleaned up per person. Served to
 * members only (Payload checks read access before serving the file).
 */
export const UpdateImages: CollectionConfig = {
  slug: 'update-images',
  labels: { singular: l('近況の画像', 'Update image'), plural: l('近況の画像', 'Update images') },
  admin: { group: l('コミュニティ', 'Community'), hidden: ({ user }) => !isStaff(user) },
  access: {
    read: readUnlessHidden,
    create: approvedAlumniOnly,
    update: staffOrOwn('owner'),
    delete: staffOrOwn('owner'),
  },
  upload: {
    staticDir: uploadDir('update-images'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif'],
    imageSizes: [{ name: 'feed', width: 720, height: 720, fit: 'inside', withoutEnlargement: true }],
    adminThumbnail: 'feed',
  },
  hooks: { beforeOperation: [checkPhoto] },
  fields: [
    authorField('owner', l('本人', 'Owner')),
    {
      name: 'hidden',
      type: 'checkbox',
      defaultValue: false,
      label: l('非表示', 'Hidden'),
      access: { create: () => false, update: ({ req: { user } }) => isStaff(user) },
      admin: { position: 'sidebar' },
    },
  ],
}
