/**
 * The roster import's API, staff only (403 for anyone else, 400 with a message for bad input):
 *   POST /api/roster/preview  { csv }                       → 200 { rows: RosterRow[] } (nothing stored)
 *   POST /api/roster/import   { rows: [{ line, values }] }  → 200 { results: [{ line, id?, errors }] }
 *   POST /api/roster/invite   { ids: number[] }             → 200 { sent, skipped }
 * The admin sends the import in batches of IMPORT_BATCH rows and shows the progress between them.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '@/access/roles'
import { adminLocale, translator } from '@/i18n/translator'

import { parseRosterCsv, RosterCsvError } from './csv'
import { importRosterRows, markRosterDuplicates } from './import'
import { inviteFromRoster } from './invite'

export const IMPORT_BATCH = 25
const MAX_IMPORT_ROWS = 200
const MAX_INVITES = 500

/** Answers are in the admin's language, like the import view that sends the requests. */
const langOf = (req: PayloadRequest) => adminLocale(req.i18n)
const strings = (req: PayloadRequest) => translator(langOf(req), 'rosterApi')
const fail = (status: number, message: string) => Response.json({ message, errors: [{ message }] }, { status })

/** The JSON body, or a 400 / 403 response. */
const staffBody = async (req: PayloadRequest): Promise<Record<string, unknown> | Response> => {
  const t = strings(req)
  if (!req.user || !isStaff(req.user)) return fail(403, t('staffOnly'))
  try {
    const body = await req.json?.()
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // falls through to the 400 below
  }
  return fail(400, t('notJson'))
}

export const rosterEndpoints: Endpoint[] = [
  {
    path: '/preview',
    method: 'post',
    handler: async (req) => {
      const body = await staffBody(req)
      if (body instanceof Response) return body
      const lang = langOf(req)
      if (typeof body.csv !== 'string' || !body.csv.trim()) {
        return fail(400, strings(req)('noCsv'))
      }
      try {
        const rows = await markRosterDuplicates(req.payload, parseRosterCsv(body.csv, lang), lang)
        return Response.json({ rows })
      } catch (error) {
        if (error instanceof RosterCsvError) return fail(400, error.message)
        throw error
      }
    },
  },
  {
    path: '/import',
    method: 'post',
    handler: async (req) => {
      const body = await staffBody(req)
      if (body instanceof Response) return body
      const lang = langOf(req)
      const rows = body.rows
      const valid =
        Array.isArray(rows) &&
        rows.length > 0 &&
        rows.length <= MAX_IMPORT_ROWS &&
        rows.every((r) => r && typeof r === 'object' && Number.isInteger(r.line) && r.values && typeof r.values === 'object')
      if (!valid) {
        return fail(400, strings(req)('badRows', { max: MAX_IMPORT_ROWS }))
      }
      const results = await importRosterRows(req.payload, req.user!, rows, lang)
      return Response.json({ results })
    },
  },
  {
    path: '/invite',
    method: 'post',
    handler: async (req) => {
      const body = await staffBody(req)
      if (body instanceof Response) return body
      const ids = body.ids
      if (!Array.isArray(ids) || !ids.length || ids.length > MAX_INVITES || !ids.every((id) => Number.isInteger(id) && id > 0)) {
        return fail(400, strings(req)('badIds', { max: MAX_INVITES }))
      }
      return Response.json(await inviteFromRoster(req.payload, req.user!, ids as number[]))
    },
  },
]
