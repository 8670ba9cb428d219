/**
 * Cached reads: the one way the data layer keeps a result between requests. Only data that is
 * the same for every reader goes here (public content, or names every member sees alike), never
 * anything read with a viewer's access.
 */
import { unstable_cache } from 'next/cache'

import type { CacheTag } from './tags'

/** The backstop for documents whose publish date passes without an edit. */
const PUBLIC_REVALIDATE_S = 60

/** Cache a public read under tags that collection hooks expire on publish (src/cache/expire.ts). */
export const cachedPublic = <Args extends unknown[], Result>(
  key: string,
  tags: CacheTag[],
  fn: (...args: Args) => Promise<Result>,
) => unstable_cache(fn, [key], { tags, revalidate: PUBLIC_REVALIDATE_S })

/** Cache a read that no publish changes, for `seconds` at most. */
export const cachedFor = <Args extends unknown[], Result>(key: string, seconds: number, fn: (...args: Args) => Promise<Result>) =>
  unstable_cache(fn, [key], { revalidate: seconds })
