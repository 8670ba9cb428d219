import type { Payload } from 'payload'

import { bilingual } from '@/i18n/translator'
import { REGISTRATION_STATUSES } from '@/lib/options'
import type { Alumnus, Registration } from '@/payload-types'
import { writeCsv } from '@/security/csvCells'

/** Registrations of one event by status, for the admin and the export. */
export const attendeeCounts = async (payload: Payload, eventId: number): Promise<Record<Registration['status'], number>> => {
  const entries = await Promise.all(
    REGISTRATION_STATUSES.map(async ({ value }) => {
      const { totalDocs } = await payload.count({
        collection: 'registrations',
        where: { and: [{ event: { equals: eventId } }, { status: { equals: value } }] },
        overrideAccess: true,
      })
      return [value, totalDocs] as const
    }),
  )
  return Object.fromEntries(entries) as Record<Registration['status'], number>
}

const HEADER = ['status', 'name', 'nameKana', 'email', 'eventRegisteredAt', 'checkedIn']

const tokyoTime = (value: string | null | undefined, timeZone: string) =>
  value ? new Date(value).toLocaleString('sv-SE', { timeZone }).slice(0, 16) : ''

/**
 * The attendee list as CSV for staff: confirmed first, then the waiting list in its order, then
 * cancellations; times in the event's zone. Written by `writeCsv` (src/security/csvCells.ts):
 * as Excel reads Japanese names, and no cell a spreadsheet would run as a formula.
 */
export const attendeesCsv = async (payload: Payload, eventId: number, timeZone = 'Asia/Tokyo'): Promise<string> => {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { event: { equals: eventId } },
    sort: 'registeredAt',
    pagination: false,
    depth: 1,
    overrideAccess: true,
    populate: { alumni: { name: true, nameKana: true, email: true } },
  })
  const order = REGISTRATION_STATUSES.map((s) => s.value as string)
  const label = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s.value, `${s.label.ja} / ${s.label.en}`]))
  const rows = [...docs]
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
    .map((reg) => {
      const person = reg.alumnus as Alumnus
      return [label[reg.status], person.name, person.nameKana ?? '', person.email, tokyoTime(reg.registeredAt, timeZone), tokyoTime(reg.checkedInAt, timeZone)]
    })
  return writeCsv([HEADER.map((key) => bilingual('csvColumns', key)), ...rows])
}
