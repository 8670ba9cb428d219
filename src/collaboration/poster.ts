import type { FieldHook } from 'payload'

import { isAlumnus, isStaff } from '@/access'

/**
 * Who wrote a document is whoever created it, whatever the request says. On create, an alumnus
 * field gets the signed-in alumnus and a staff field the signed-in staff user; staff may name an
 * alumnus by hand in the admin (posting for someone). Code running without a user (the seed,
 * jobs) sets them as it likes: visitors never get this far, create access refuses them first.
 * Later changes are limited by field access.
 */
export const stampAlumnus: FieldHook = ({ req: { user }, value, operation }) => {
  if (operation !== 'create' || !user) return value
  if (isAlumnus(user)) return user.id
  return isStaff(user) ? value : null
}

export const stampStaff: FieldHook = ({ req: { user }, value, operation }) => {
  if (operation !== 'create' || !user) return value
  return isStaff(user) ? (value ?? user.id) : null
}
