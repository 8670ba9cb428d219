/**
 * Two years of history for the demo network, so every chart of the network dashboard
 * (docs/dashboard.md) has a shape: generated members registering month by month, past events
 * with who came, the board's opportunities and the feed, and the months people were active.
 * The named demo members keep their profiles; only their registration dates move into the
 * past, next to the generated people. Deterministic (seeded PRNG, dates from the day it runs)
 * and idempotent like the rest of the seed.
 */
import { ALUMNI, alumnusEmail } from '../alumni'
import { OPPORTUNITIES, UPDATES } from '../collaboration'
import { EVENTS } from '../events'
import { STAFF } from '../staff'
import { findId, hash, prng, type SeedContext, tokyo } from '../util'
import { backdateOpportunities, saveActivity, saveAttendance, saveOpportunities, saveUpdates } from './activity'
import { planOpportunities, planUpdates } from './board'
import { DAY, historyMonths, momentIn } from './calendar'
import { attendance, PAST_EVENTS, seedPastEvents, startOf } from './events'
import { historyPeople, HISTORY_PEOPLE, memberAt } from './people'
import { backdateAccounts, drizzleOf, upsertPeople } from './store'

export { HISTORY_PEOPLE } from './people'
export { PAST_EVENTS } from './events'

/** Who lives near the named past events (a prefecture, as in profile locations). */
const NEAR: Record<string, string> = { 'kansai-alumni-meetup': '大阪府' }

/** When the named demo members registered: pending ones in the last two weeks, the others over the network's first two years. */
const namedRegistrations = (today: number) => {
  const random = prng(hash('enishi-history-named'))
  const months = historyMonths(today).filter((m) => m.ago >= 3)
  return ALUMNI.map((a) => ({
    email: alumnusEmail(a),
    createdAt: a.status === 'pending' ? today - (1 + random() * 13) * DAY : momentIn(months[Math.floor(random() ** 2 * months.length)], random),
  }))
}

export type HistoryCounts = Record<'people' | 'events' | 'registrations' | 'opportunities' | 'interests' | 'updates' | 'reactions' | 'activeMonths', number>

export const seedHistory = async (
  ctx: SeedContext,
  refs: { events: Record<string, number> },
): Promise<HistoryCounts> => {
  const { payload, today } = ctx
  const db = drizzleOf(payload)
  const step = (() => {
    let last = Date.now()
    return (line: string) => {
      ctx.log(`history ${line} (${Date.now() - last} ms)`)
      last = Date.now()
    }
  })()

  const people = historyPeople(today, new Set(ALUMNI.map(alumnusEmail)))
  // They share the password of the first named member, the demo alumnus.
  const ids = await upsertPeople(db, people, alumnusEmail(ALUMNI[0]))
  await backdateAccounts(db, namedRegistrations(today))
  step(`${people.length} members`)

  const heroes = EVENTS.map((e) => ctx.media[`event-${e.slug}`]).filter((id): id is number => typeof id === 'number')
  const past = await seedPastEvents(ctx, heroes)
  const named = EVENTS.filter((e) => e.day < 0).map((e) => ({
    id: refs.events[e.slug],
    slug: e.slug,
    starts: Date.parse(tokyo(ctx, e.day, ...e.starts)),
    places: e.capacity - e.registrations.filter((r) => r.status === 'confirmed').length,
    near: NEAR[e.slug],
  }))
  const events = [...PAST_EVENTS.map((e) => ({ id: past[e.slug], slug: e.slug, starts: startOf(ctx, e), places: e.capacity, near: e.near })), ...named]
  const registrations = events.flatMap((e) => attendance(people, e))
  await saveAttendance(db, ids, events.map((e) => e.id), registrations)
  step(`${PAST_EVENTS.length} past events, ${registrations.length} registrations`)

  const opportunities = planOpportunities(people, today, new Set(OPPORTUNITIES.map((o) => o.title)))
  const staff = (await findId(payload, 'users', { email: { equals: STAFF.editor.email } })) ?? null
  await saveOpportunities(db, ids, staff, opportunities)
  // The named ones: open ones posted in the last three weeks, closed ones a season ago.
  await backdateOpportunities(
    db,
    OPPORTUNITIES.map((o, i) => ({ title: o.title, at: o.status === 'open' ? today - (2 + i * 4) * DAY + 11 * 3_600_000 : today - 100 * DAY })),
  )
  const updates = planUpdates(people, today, new Set(UPDATES.map((u) => u.body)))
  await saveUpdates(db, ids, updates)
  step(`${opportunities.length} opportunities, ${updates.length} updates`)

  // Active: the month of approval, the months of everything above, and some months in between (more for regulars).
  const random = prng(hash('enishi-history-activity'))
  const months = historyMonths(today)
  const moments = [
    ...people.filter((p) => memberAt(p, today)).flatMap((p) => [
      { email: p.email, at: p.reviewedAt! },
      ...months
        .filter((m) => m.end > p.reviewedAt! && random() < 0.12 + 0.6 * p.engagement)
        .map((m) => ({ email: p.email, at: Math.max(p.reviewedAt!, momentIn(m, random)) })),
    ]),
    ...registrations.map((r) => ({ email: r.email, at: r.registeredAt })),
    ...opportunities.flatMap((o) => [...(o.by ? [{ email: o.by, at: o.createdAt }] : []), ...o.interested.map((i) => ({ email: i.email, at: i.at }))]),
    ...updates.flatMap((u) => [{ email: u.by, at: u.createdAt }, ...u.reactions.map((r) => ({ email: r.email, at: r.at }))]),
  ]
  const activeMonths = await saveActivity(db, ids, moments)
  step(`${activeMonths} active member-months`)

  return {
    people: HISTORY_PEOPLE,
    events: PAST_EVENTS.length,
    registrations: registrations.length,
    opportunities: opportunities.length,
    interests: opportunities.reduce((n, o) => n + o.interested.length, 0),
    updates: updates.length,
    reactions: updates.reduce((n, u) => n + u.reactions.length, 0),
    activeMonths,
  }
}
