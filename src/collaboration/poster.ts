import type { FieldHook } from 'payload'

import { isAlumnus, isStaff } from '@/access'

/**
 * Who wrote a document is whoever created it, whatever the request says. On create, an alumnus
 * field gets the signed-in alumnus and a staff field the signed-in staff user; staff may name an
 * alumnus by hand in the admin (posting for someone). Later changes are limited by field access.
 */
export const stampAlumnus: FieldHook = ({ req: { user }, value, operation }) => {
  if (operation !== 'create') return value
  if (isAlumnus(user) && user) return user.id
  return isStaff(user) ? value : null
}

export const stampStaff: FieldHook = ({ req: { user }, value, operation }) => {
  if (operation !== 'create') return value
  return isStaff(user) && user ? (value ?? user.id) : null
}
