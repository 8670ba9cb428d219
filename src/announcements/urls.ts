import type { Locale } from '@/i18n/routing'
import { createUnsubscribeToken } from '@/account/unsubscribeToken'
import { absoluteUrl } from '@/lib/site'

/** Where an announcement is read: members-only ones inside the members area. */
export const announcementPath = ({ slug, audience }: { slug: string; audience: 'public' | 'members' }): string =>
  audience === 'members' ? `/members/news/${slug}` : `/news/${slug}`

/** The unsubscribe page (GET shows it, POST — the form or a mail client's one-click — acts). */
export const UNSUBSCRIBE_PATH = '/unsubscribe'

export const unsubscribeUrl = (alumnus: number, locale: Locale): string =>
  `${absoluteUrl(UNSUBSCRIBE_PATH, locale)}?${new URLSearchParams({ token: createUnsubscribeToken('announcements', alumnus) })}`
