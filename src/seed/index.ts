/**
 * Demo content for Enishi, the alumni network of the fictional 株式会社つむぎワークス.
 *
 *   await seed(payload, { ifEmpty: true, log: console.log })
 *
 * Idempotent: every document is found by its slug, email or file name and updated in place,
 * so running it again gives the same content. Dates are relative to the day it runs (Tokyo).
 * Tests and the README use the exported constants below rather than repeating literals.
 */
import type { Payload } from 'payload'

import { alumniImages, ALUMNI, ALUMNI_PASSWORD, alumnusEmail, seedAlumni } from './alumni'
import { ANNOUNCEMENTS, seedAnnouncements } from './announcements'
import { seedCollaboration } from './collaboration'
import { COMPANIES, companyImages, seedCompanies } from './companies'
import { EVENTS, eventImages, seedEvents, seedRegistrations } from './events'
import { HISTORY_PEOPLE, PAST_EVENTS, seedHistory } from './history'
import { removeImages, seedImages } from './images'
import { bodyText, INTERVIEWS, interviewImages, seedInterviews } from './interviews'
import { seedStaff, STAFF } from './staff'
import { startOfTokyoDay, type SeedContext, type SeedLog } from './util'

export { OPERATOR } from './operator'

/** Password shared by every seeded alumni account. */
export const DEMO_ALUMNI_PASSWORD = ALUMNI_PASSWORD

/** Sign-in details of the demo accounts (collection: which login form / auth collection). */
export const DEMO_LOGINS = {
  admin: { collection: 'users', name: STAFF.admin.name, email: STAFF.admin.email, password: STAFF.admin.password },
  editor: { collection: 'users', name: STAFF.editor.name, email: STAFF.editor.email, password: STAFF.editor.password },
  /** An approved alumnus: members area, directory, registrations. */
  alumnus: { collection: 'alumni', name: '佐藤 陽菜', email: 'hina.sato@alumni.example', password: ALUMNI_PASSWORD },
  /** Registered, not yet approved: sees no more than a visitor, plus their own account. */
  pending: { collection: 'alumni', name: '中村 健太', email: 'kenta.nakamura@alumni.example', password: ALUMNI_PASSWORD },
} as const

/** Alumni in particular states (all with DEMO_ALUMNI_PASSWORD). */
export const SEED_ALUMNI = {
  approved: DEMO_LOGINS.alumnus.email,
  pending: DEMO_LOGINS.pending.email,
  rejected: 'satoshi.aoki@alumni.example',
  suspended: 'koji.ota@alumni.example',
  /** Approved but hidden from the directory. */
  hidden: 'rie.goto@alumni.example',
  /** Linked from an interviewee of the English interview. */
  interviewee: 'sayaka.mizuno@alumni.example',
  /** Confirmed for the full event. */
  fullEventConfirmed: 'daisuke.suzuki@alumni.example',
  /** On the waiting list of the full event. */
  fullEventWaitlisted: 'chihiro.yamamoto@alumni.example',
} as const

/** Slugs of the documents tests care about. */
export const SEED_SLUGS = {
  /** Published, in Japanese and English; one interviewee links to SEED_ALUMNI.interviewee. */
  englishInterview: 'sorano-systems-graduation-day',
  /** The newest interview. */
  latestInterview: 'kazami-seiko-boomerang-hiring',
  company: 'kazami-seiko',
  /** Public, pinned. */
  pinnedAnnouncement: 'enishi-renewal',
  /** Public, published, not pinned. */
  publicAnnouncement: 'case-study-series-launch',
  /** Members only, published; emails only people open to project work (targeted). */
  membersAnnouncement: 'members-project-openings',
  /** Members only, published, pinned. */
  pinnedMembersAnnouncement: 'members-homecoming-registration-open',
  /** Published with a publish date a week ahead: hidden from readers until then. */
  futureAnnouncement: 'terms-revision-notice',
  /** A draft, never published. */
  draftAnnouncement: 'directory-filters-release',
  /** Public, upcoming, online only (has an online link); the demo alumnus is not registered. */
  publicEvent: 'webinar-boomerang-hiring-in-practice',
  /** Public, in the past, on site and online. */
  pastPublicEvent: 'open-seminar-starting-an-alumni-programme',
  /** Members only, upcoming, on site and online; the demo alumnus is confirmed. */
  membersEvent: 'homecoming-day',
  /** Members only, in the past. */
  pastMembersEvent: 'kansai-alumni-meetup',
  /** Members only, upcoming, capacity 5 with 5 confirmed and 1 waitlisted; the demo alumnus is not registered. */
  fullEvent: 'roundtable-going-independent',
} as const

/** Titles (Japanese) of the documents above that readers must not see. */
export const SEED_TITLES = {
  membersAnnouncement: ANNOUNCEMENTS.find((a) => a.slug === SEED_SLUGS.membersAnnouncement)!.ja.title,
  futureAnnouncement: ANNOUNCEMENTS.find((a) => a.slug === SEED_SLUGS.futureAnnouncement)!.ja.title,
  draftAnnouncement: ANNOUNCEMENTS.find((a) => a.slug === SEED_SLUGS.draftAnnouncement)!.ja.title,
  membersEvent: EVENTS.find((e) => e.slug === SEED_SLUGS.membersEvent)!.ja.title,
  englishInterview: INTERVIEWS.find((i) => i.slug === SEED_SLUGS.englishInterview)!.en!.title,
} as const

/** Every seeded slug, by collection. */
export const ALL_SEED_SLUGS = {
  companies: COMPANIES.map((c) => c.slug),
  interviews: INTERVIEWS.map((i) => i.slug),
  events: EVENTS.map((e) => e.slug),
  announcements: ANNOUNCEMENTS.map((a) => a.slug),
} as const

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {})

/**
 * Portraits in the public media collection: only of members who appear in a published case
 * study. Every member's profile photo lives in the members-only `alumni-photos` collection.
 */
const intervieweePortraits = () =>
  alumniImages().filter((image) => INTERVIEWS.some((i) => i.interviewees.some((person) => person.photo === image.key)))

const publicImages = () => [...companyImages(), ...interviewImages(), ...eventImages(), ...intervieweePortraits()]

/** What a full seed leaves in the database: the named content, plus the generated history (src/seed/history). */
export const SEED_COUNTS = {
  users: Object.keys(STAFF).length,
  alumni: ALUMNI.length + HISTORY_PEOPLE,
  namedAlumni: ALUMNI.length,
  namedAlumniByStatus: countBy(ALUMNI, (a) => a.status),
  companies: COMPANIES.length,
  interviews: INTERVIEWS.length,
  events: EVENTS.length + PAST_EVENTS.length,
  namedEvents: EVENTS.length,
  namedRegistrations: EVENTS.reduce((n, e) => n + e.registrations.length, 0),
  announcements: ANNOUNCEMENTS.length,
  media: publicImages().length,
} as const

/** Checks the hand-written content before touching the database (a typo fails fast). */
export const checkSeedContent = (): void => {
  const problems: string[] = []
  for (const i of INTERVIEWS) {
    for (const [locale, text] of [['ja', i.ja], ['en', i.en]] as const) {
      if (!text) continue
      const names = i.interviewees.map((p) => (locale === 'ja' ? p.ja.name : p.en?.name))
      const types = text.body.map((b) => b.blockType)
      for (const block of text.body) {
        if (block.blockType === 'answer' && !names.includes(block.speaker)) {
          problems.push(`${i.slug} (${locale}): speaker "${block.speaker}" is not an interviewee`)
        }
      }
      if (types.filter((t) => t === 'question').length < 5) problems.push(`${i.slug} (${locale}): fewer than 5 questions`)
      for (const needed of ['quote', 'image', 'cta'] as const) {
        if (!types.includes(needed)) problems.push(`${i.slug} (${locale}): no ${needed} block`)
      }
      if (locale === 'ja' && bodyText(text.body).length < 2500) {
        problems.push(`${i.slug}: only ${bodyText(text.body).length} characters`)
      }
    }
  }
  const emails = ALUMNI.map(alumnusEmail)
  if (new Set(emails).size !== emails.length) problems.push('duplicate alumni emails')
  for (const e of EVENTS) {
    const confirmed = e.registrations.filter((r) => r.status === 'confirmed').length
    if (confirmed > e.capacity) problems.push(`${e.slug}: ${confirmed} confirmed > capacity ${e.capacity}`)
    for (const r of e.registrations) {
      const a = ALUMNI.find((x) => alumnusEmail(x) === r.email)
      if (!a) problems.push(`${e.slug}: unknown alumnus ${r.email}`)
      else if (a.status !== 'approved') problems.push(`${e.slug}: ${r.email} is not approved`)
    }
  }
  if (problems.length) throw new Error(`seed content is inconsistent:\n  ${problems.join('\n  ')}`)
}

export type SeedOptions = {
  /** Do nothing when any staff user exists (the dev launcher seeds only a fresh database). */
  ifEmpty?: boolean
  /** Progress lines such as `alumni 40/40`. */
  log?: SeedLog
  /** The moment dates are computed from (default: now). */
  now?: Date
}

export type SeedResult = {
  skipped: boolean
  ms: number
  counts: Record<'users' | 'alumni' | 'companies' | 'interviews' | 'events' | 'registrations' | 'announcements' | 'media', number>
}

const countAll = async (payload: Payload): Promise<SeedResult['counts']> => {
  const slugs = ['users', 'alumni', 'companies', 'interviews', 'events', 'registrations', 'announcements', 'media'] as const
  const totals = await Promise.all(slugs.map((collection) => payload.count({ collection, overrideAccess: true })))
  return Object.fromEntries(slugs.map((slug, i) => [slug, totals[i].totalDocs])) as SeedResult['counts']
}

/** Seeds the demo content (see the top of this file). */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedResult> => {
  const started = Date.now()
  const log = options.log ?? (() => {})

  if (options.ifEmpty) {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs > 0) {
      log('database already has content, skipping')
      return { skipped: true, ms: Date.now() - started, counts: await countAll(payload) }
    }
  }

  checkSeedContent()

  const ctx: SeedContext = { payload, log, today: startOfTokyoDay(options.now ?? new Date()), media: {} }

  await seedStaff(ctx)
  ctx.media = await seedImages(ctx, publicImages())
  // Earlier versions of the demo copied every member's photo into the public media: remove those.
  await removeImages(ctx, 'seed-avatar-', new Set(intervieweePortraits().map((image) => image.filename)))
  const alumni = await seedAlumni(ctx)
  const companies = await seedCompanies(ctx)
  await seedInterviews(ctx, { companies, alumni })
  const events = await seedEvents(ctx)
  await seedRegistrations(ctx, { events, alumni })
  await seedAnnouncements(ctx)
  await seedCollaboration(ctx, { alumni })
  const history = await seedHistory(ctx, { events })
  log(
    `history: ${history.people} members, ${history.events} past events, ${history.registrations} registrations, ` +
      `${history.opportunities} opportunities (${history.interests} interests), ${history.updates} updates ` +
      `(${history.reactions} reactions), ${history.activeMonths} active member-months`,
  )

  return { skipped: false, ms: Date.now() - started, counts: await countAll(payload) }
}
