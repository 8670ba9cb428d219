import type { Viewer } from '@/auth/viewer'

import { payloadClient } from './payload'

/**
 * The signed-in alumnus's own document, read with their own access rights (so exactly what the
 * owner may read of themselves), photo populated.
 */
export const getOwnProfile = async (viewer: Viewer) => {
  const payload = await payloadClient()
  return payload.findByID({ collection: 'alumni', id: viewer.id, depth: 1, overrideAccess: false, user: viewer })
}
