import { unstable_cache } from 'next/cache'

import type { CacheTag } from '@/lib/cacheTags'

/**
 * Cache a public read under tags that collection hooks expire on publish. The time limit is
 * a backstop for documents whose publish date passes without an edit.
 */
export const cachedPublic = <Args extends unknown[], Result>(
  key: string,
  tags: CacheTag[],
  fn: (...args: Args) => Promise<Result>,
) => unstable_cache(fn, [key], { tags, revalidate: 60 })
