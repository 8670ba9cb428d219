import type { Access, CollectionConfig, Where } from 'payload'

import { isAlumnus, isApprovedAlumnus, isStaff } from '@/access'
import { l } from '@/lib/label'
import { uploadDir } from '@/lib/uploads'
import { SHARP_UPLOAD_OPTIONS } from '@/security/uploadLimits'

import { listedInDirectory } from '../Alumni/access'
import { checkPhoto } from './hooks/checkPhoto'

/** `listedInDirectory`, asked of a photo's owner: `{ 'owner.status': … }`. */
const ownerListed: Where = {
  and: (listedInDirectory.and ?? []).map((condition) =>
    Object.fromEntries(Object.entries(condition).map(([path, operators]) => [`owner.${path}`, operators])),
  ),
}

/**
 * A photo follows its owner's visibility (docs/security.md, "Photos follow their owner"): staff
 * see every photo; an approved member sees their own and those of the members the directory
 * lists (approved, not hidden); a pending, rejected or suspended account only its own;
 * visitors none. Payload checks this before serving the file too.
 */
const readPhotos: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (!isAlumnus(user) || !user) return false
  const own: Where = { owner: { equals: user.id } }
  return isApprovedAlumnus(user) ? { or: [own, ownerListed] } : own
}

/** An alumnus manages their own photo; staff any. */
const ownPhoto: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isAlumnus(user) && user) return { owner: { equals: user.id } }
  return false
}

/**
 * Profile photos of alumni. Kept apart from editorial media: they are personal data, served
 * only to those who may see their owner (Payload checks read access before serving the file).
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
