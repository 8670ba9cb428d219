import type { Endpoint, Payload, TypedUser } from 'payload'

import { isStaff } from '@/access/roles'
import { bilingual } from '@/i18n/translator'
import { ALUMNI_STATUSES, INDUSTRIES } from '@/lib/options'
import { writeCsv } from '@/security/csvCells'

/**
 * The member list as CSV for staff. The columns are chosen, not "every field": what staff need to
 * run the network and reconcile it with the roster. Never password hashes, salts, reset or
 * verification tokens, calendar tokens, birth years (used only as age bands of five or more),
 * verification notes or notification settings. Read with the staff member's own access rights.
 */
const COLUMNS = [
  'id',
  'status',
  'name',
  'nameKana',
  'email',
  'employeeNumber',
  'joinedYear',
  'leftYear',
  'departments',
  'currentOrganization',
  'title',
  'industry',
  'registeredAt',
  'reviewedAt',
] as const

const label = (options: readonly { value: string; label: { ja: string; en: string } }[]) =>
  new Map(options.map((o) => [o.value as string, `${o.label.ja} / ${o.label.en}`]))
const statuses = label(ALUMNI_STATUSES)
const industries = label(INDUSTRIES)
const day = (value: string | null | undefined) => (value ? new Date(value).toLocaleString('sv-SE', { timeZone: 'Asia/Tokyo' }).slice(0, 10) : '')

export const membersCsv = async (payload: Payload, user: TypedUser): Promise<string> => {
  const { docs } = await payload.find({
    collection: 'alumni',
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    select: {
      status: true,
      name: true,
      nameKana: true,
      email: true,
      joinedYear: true,
      leftYear: true,
      departments: true,
      currentOrganization: true,
      title: true,
      industry: true,
      createdAt: true,
      reviewedAt: true,
      verification: { employeeNumber: true, joinedYear: true, leftYear: true },
    },
  })
  const rows = docs.map((doc) => {
    const values: Record<(typeof COLUMNS)[number], string> = {
      id: String(doc.id),
      status: statuses.get(doc.status) ?? doc.status,
      name: doc.name,
      nameKana: doc.nameKana ?? '',
      email: doc.email ?? '',
      employeeNumber: doc.verification?.employeeNumber ?? '',
      joinedYear: String(doc.joinedYear ?? doc.verification?.joinedYear ?? ''),
      leftYear: String(doc.leftYear ?? doc.verification?.leftYear ?? ''),
      departments: (doc.departments ?? []).join('; '),
      currentOrganization: doc.currentOrganization ?? '',
      title: doc.title ?? '',
      industry: doc.industry ? (industries.get(doc.industry) ?? doc.industry) : '',
      registeredAt: day(doc.createdAt),
      reviewedAt: day(doc.reviewedAt),
    }
    return COLUMNS.map((key) => values[key])
  })
  // Cells that would read as formulas are written as text (src/security/csvCells.ts).
  return writeCsv([COLUMNS.map((key) => bilingual('csvColumns', key)), ...rows])
}

/** `GET /api/alumni/export.csv` — staff only; 403 for alumni and visitors. */
export const membersCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isStaff(req.user)) return Response.json({ message: 'Only staff can export members.' }, { status: 403 })
    const csv = await membersCsv(req.payload, req.user)
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="members-${day(new Date().toISOString())}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
