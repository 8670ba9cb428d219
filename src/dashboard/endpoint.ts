/**
 * `GET /api/dashboard` — the network dashboard's numbers as JSON, for staff only (403 for
 * everyone else). Small groups are already suppressed (src/dashboard/suppress.ts).
 */
import type { Endpoint } from 'payload'

import { isStaff } from '@/access/roles'

import { networkDashboard } from './metrics'

export const dashboardEndpoint: Endpoint = {
  path: '/dashboard',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isStaff(req.user)) {
      return Response.json({ message: 'Only staff may read the network dashboard' }, { status: 403 })
    }
    const locale = req.searchParams.get('locale') === 'en' ? 'en' : 'ja'
    const data = await networkDashboard(req.payload, { locale })
    return Response.json(data, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
