'use client'

import NextLink from 'next/link'
import { type ComponentProps, useState } from 'react'

/**
 * next/link that prefetches its page once the reader shows the intent to open it — the pointer
 * over it, keyboard focus, a touch — instead of as soon as it scrolls into view (Next's pattern
 * for hover prefetching). A page lists many links; prefetching each one fetched and parsed its
 * RSC data on the phone's main thread right after load, most of Lighthouse's blocking time on
 * the home page (docs/performance.md#lighthouse). A link given `prefetch={false}` never prefetches.
 */
export function IntentLink({ prefetch, ...rest }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false)
  const show = () => setIntent(true)
  return (
    <NextLink
      {...rest}
      prefetch={intent && prefetch !== false ? (prefetch ?? null) : false}
      onMouseEnter={show}
      onFocus={show}
      onTouchStart={show}
    />
  )
}
