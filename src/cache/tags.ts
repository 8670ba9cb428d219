/** Cache tags for public data. Pages declare them through the data layer; collection hooks expire them. */
export const CACHE_TAGS = {
  interviews: 'interviews',
  companies: 'companies',
  events: 'events',
  announcements: 'announcements',
  media: 'media',
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]
