/**
 * Who the viewer is. Staff sign in through the `users` collection, alumni through `alumni`;
 * Payload tells them apart by `collection` on the authenticated user.
 */
type Viewer =
  | { collection: 'users'; id: number | string; role?: string | null }
  | { collection: 'alumni'; id: number | string; status?: string | null }
  | { collection?: string; id?: number | string }
  | null
  | undefined

export const isStaff = (user: Viewer): boolean => user?.collection === 'users'

export const isAdmin = (user: Viewer): boolean =>
  isStaff(user) && (user as { role?: string | null }).role === 'admin'

export const isAlumnus = (user: Viewer): boolean => user?.collection === 'alumni'

export const isApprovedAlumnus = (user: Viewer): boolean =>
  isAlumnus(user) && (user as { status?: string | null }).status === 'approved'

/** Staff and approved alumni see members-only documents. */
export const isMember = (user: Viewer): boolean => isStaff(user) || isApprovedAlumnus(user)
