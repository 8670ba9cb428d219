import type { Access, CollectionConfig } from 'payload'

import { isAlumnus, isMember, isStaff } from '@/access'
import { l } from '@/lib/label'
import { uploadDir } from '@/lib/uploads'
import { SHARP_UPLOAD_OPTIONS } from '@/security/uploadLimits'

import { checkPhoto } from './hooks/checkPhoto'

/** Members see every profile photo; a pending account sees only its own; visitors none. */
const readPhotos: Access = ({ req: { user } }) => {
  if (isMember(user)) return true
  if (isAlumnus(user) && user) return { owner: { equals: user.id } }
  return false
}

/** An alumnus manages their own photo; staff any. */
const ownPhoto: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isAlumnus(user) && user) return { owner: { equals: user.id } }
  return false
}

/**
 * Profile photos of alumni. Kept apart from editorial media: they are personal data, served
 * only to members (Payload checks read access before serving the file).
 */
export const AlumniPhotos: CollectionConfig = {
  slug: 'alumni-photos',
  labels: { singular: l('プロフィール写真', 'Profile photo'), plural: l('プロフィール写真', 'Profile photos') },
  admin: { group: l('会員', 'Members'), hidden: ({ user }) => !isStaff(user) },
  access: {
    read: readPhotos,
    create: ({ req: { user } }) => isStaff(user) || isAlumnus(user),
    update: ownPhoto,
    delete: ownPhoto,
  },
  upload: {
    staticDir: uploadDir('alumni-photos'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif'],
    constructorOptions: SHARP_UPLOAD_OPTIONS,
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'profile', width: 480, height: 480, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: { beforeOperation: [checkPhoto] },
  fields: [
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'alumni',
      index: true,
      label: l('本人', 'Owner'),
      access: { update: ({ req: { user } }) => isStaff(user) },
      hooks: {
        // An alumnus's upload always belongs to them, whatever the request says.
        beforeChange: [({ req: { user }, value }) => (isAlumnus(user) && user ? user.id : value)],
      },
    },
  ],
}
