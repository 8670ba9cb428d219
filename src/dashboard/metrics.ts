import type { Payload } from 'payload'

import { tokyoMonth } from './activity'
import {
  activeMembersByMonth,
  approvalsByMonth,
  attendanceByEvent,
  type Count,
  membersByAgeBand,
  membersByIndustry,
  membersByStatus,
  membersByYear,
  opportunitiesByMonth,
  registrationsByMonth,
  repeatAttendance,
} from './queries'
import { type ChartRow, suppressRows } from './suppress'

/** Everything the dashboard view draws; every count has been through `suppressRows`. */
export type NetworkDashboard = {
  months: string[]
  registrations: ChartRow<'registered' | 'approved'>[]
  status: ChartRow<'members'>[]
  ageBands: ChartRow<'members'>[]
  industries: ChartRow<'members'>[]
  joinYears: ChartRow<'members'>[]
  leaveYears: ChartRow<'members'>[]
  events: ChartRow<'confirmed' | 'attended'>[]
  repeatAttendance: ChartRow<'members'>[]
  opportunities: ChartRow<'posted' | 'matched'>[]
  /** False when the collaboration board is not installed: the chart says so instead of showing zeros. */
  activeMembers: ChartRow<'members'>[]
}

export const MONTHS_SHOWN = 12
export const EVENTS_SHOWN = 12
export const AGE_BANDS = ['20s', '30s', '40s', '50s', '60s', '70s'] as const

/** The last `count` months up to the one containing `now`, oldest first, as 'YYYY-MM' (Asia/Tokyo). */
export const lastMonths = (now: Date, count = MONTHS_SHOWN): string[] => {
  const [year, month] = tokyoMonth(now).split('-').map(Number)
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1))
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
  })
}

const byKey = (list: Count[]) => new Map(list.map(({ key, count }) => [key, count]))
const members = (list: Count[]) => suppressRows(list.map(({ key, count }) => ({ key, members: count })), ['members'] as const)

/**
 * The network dashboard's numbers (docs/dashboard.md defines each one). `locale` names the
 * events in the viewer's language; `now` fixes the month window in tests.
 */
export const networkDashboard = async (
  payload: Payload,
  { now = new Date(), locale = 'ja' }: { now?: Date; locale?: 'ja' | 'en' } = {},
): Promise<NetworkDashboard> => {
  const months = lastMonths(now)
  const from = months[0]
  const [registered, approved, status, ages, industries, joined, left, attendance, repeat, opportunities, active] = await Promise.all([
    registrationsByMonth(payload, from).then(byKey),
    approvalsByMonth(payload, from).then(byKey),
    membersByStatus(payload),
    membersByAgeBand(payload, Number(tokyoMonth(now).slice(0, 4))).then(byKey),
    membersByIndustry(payload),
    membersByYear(payload, 'joined'),
    membersByYear(payload, 'left'),
    attendanceByEvent(payload, EVENTS_SHOWN),
    repeatAttendance(payload).then(byKey),
    opportunitiesByMonth(payload, from),
    activeMembersByMonth(payload, from).then(byKey),
  ])

  const titles = attendance.length
    ? await payload.find({
        collection: 'events',
        where: { id: { in: attendance.map((e) => e.id) } },
        select: { title: true },
        depth: 0,
        pagination: false,
        locale,
        overrideAccess: true,
      })
    : { docs: [] }
  const title = new Map(titles.docs.map((doc) => [doc.id, doc.title]))
  const opportunitiesByKey = new Map(opportunities.map((row) => [row.key, row]))

  return {
    months,
    registrations: suppressRows(
      months.map((key) => ({ key, registered: registered.get(key) ?? 0, approved: approved.get(key) ?? 0 })),
      ['registered', 'approved'] as const,
    ),
    status: members(status),
    ageBands: suppressRows(
      AGE_BANDS.map((key) => ({ key, members: ages.get(key) ?? 0 })),
      ['members'] as const,
    ),
    industries: members(industries),
    joinYears: members(joined),
    leaveYears: members(left),
    // Oldest first, like the other time axes.
    events: suppressRows(
      [...attendance].reverse().map(({ id, startsAt, confirmed, attended }) => ({
        key: String(id),
        label: `${startsAt.slice(0, 10)} ${title.get(id) ?? ''}`.trim(),
        confirmed,
        attended,
      })),
      ['confirmed', 'attended'] as const,
    ),
    repeatAttendance: suppressRows(
      ['1', '2', '3+'].map((key) => ({ key, members: repeat.get(key) ?? 0 })),
      ['members'] as const,
    ),
    opportunities: suppressRows(
      months.map((key) => ({ key, posted: opportunitiesByKey.get(key)?.posted ?? 0, matched: opportunitiesByKey.get(key)?.matched ?? 0 })),
      ['posted', 'matched'] as const,
    ),
    activeMembers: suppressRows(
      months.map((key) => ({ key, members: active.get(key) ?? 0 })),
      ['members'] as const,
    ),
  }
}
