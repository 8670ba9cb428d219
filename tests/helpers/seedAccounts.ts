import { DEMO_LOGINS, SEED_ALUMNI } from '../../src/seed'
import { ALUMNI, ALUMNI_PASSWORD, alumnusEmail } from '../../src/seed/alumni'

/**
 * Seeded approved alumni that one browser spec each signs in as and changes (a profile edited,
 * an account deleted, event seats taken, posts written), named for their part. They are none of
 * the demo logins (DEMO_LOGINS) nor the alumni in particular states (SEED_ALUMNI), which other
 * specs read unchanged, and no two specs share one, so the specs run in any order.
 */
const ACCOUNTS = {
  /** profile.spec.ts: edits their profile and photo. */
  profileEditor: 'tsubasa.okada@alumni.example',
  /** profile.spec.ts: deletes their account. */
  profileLeaver: 'mai.fujita@alumni.example',
  /** events.spec.ts: takes the one seat, then cancels. */
  eventFirst: 'kei.maeda@alumni.example',
  /** events.spec.ts: waits in line, in English, and is moved up. */
  eventSecond: 'rena.ishikawa@alumni.example',
  /** events.spec.ts: confirmed on the event whose registrations staff read. */
  eventSeated: 'hayato.ikeda@alumni.example',
  /** events.spec.ts: on the waiting list of that event. */
  eventWaiting: 'miho.mori@alumni.example',
  /** collaboration.spec.ts: posts an opportunity and an update. */
  poster: 'osamu.abe@alumni.example',
  /** collaboration.spec.ts: is interested, reacts and reports. */
  reader: 'natsumi.hashimoto@alumni.example',
} as const

export type SpecAlumnus = { email: string; password: string; /** As the site shows it: family and given name. */ name: string }

const reserved = new Set<string>([...Object.values(SEED_ALUMNI), ...Object.values(DEMO_LOGINS).map((login) => login.email)])

const account = (email: string): SpecAlumnus => {
  const seeded = ALUMNI.find((a) => alumnusEmail(a) === email)
  if (!seeded || seeded.status !== 'approved' || seeded.hidden || reserved.has(email)) {
    throw new Error(`${email} must be a seeded, approved alumnus listed in the directory and no demo login (src/seed/alumni.ts)`)
  }
  return { email, password: ALUMNI_PASSWORD, name: `${seeded.family[0]} ${seeded.given[0]}` }
}

export const SPEC_ALUMNI = Object.fromEntries(Object.entries(ACCOUNTS).map(([part, email]) => [part, account(email)])) as Record<
  keyof typeof ACCOUNTS,
  SpecAlumnus
>
