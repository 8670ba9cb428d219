import { SEED_SLUGS } from '../../src/seed'

/**
 * Every public page template, once each, for the specs that check each template (axe, the Nu
 * HTML Checker). Paths are Japanese; specs prefix `/en` for English.
 */
export const PUBLIC_PAGES = [
  '/',
  '/case-studies',
  `/case-studies/${SEED_SLUGS.latestInterview}`,
  `/case-studies/${SEED_SLUGS.englishInterview}`,
  `/companies/${SEED_SLUGS.company}`,
  '/events',
  `/events/${SEED_SLUGS.publicEvent}`,
  `/events/${SEED_SLUGS.pastPublicEvent}`,
  '/news',
  `/news/${SEED_SLUGS.publicAnnouncement}`,
  '/search?q=%E6%8E%A1%E7%94%A8',
  '/privacy',
]

/** Sign-in, join and status pages with the status each answers a visitor. */
export const STATUS_PAGES: [string, number][] = [
  ['/login', 200],
  ['/join', 200],
  ['/forgot-password', 200],
  ['/reset-password?token=not-a-token', 200],
  ['/verify?token=not-a-token', 200],
  ['/unsubscribe?token=not-a-token', 400],
  ['/account-deleted', 200],
  ['/logout', 200],
  ['/no-such-page', 404],
]

export const LANGUAGES = [
  { prefix: '', name: 'Japanese' },
  { prefix: '/en', name: 'English' },
] as const

/** A page's path under a language prefix: `/` becomes `/en`, not `/en/` (a redirect). */
export const underPrefix = (prefix: string, path: string) => (prefix && path === '/' ? prefix : `${prefix}${path}`)
