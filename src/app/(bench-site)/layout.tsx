import type { ReactNode } from 'react'

import LocaleLayout, { generateMetadata as localeMetadata } from '../(frontend)/[locale]/layout'

/**
 * Root layout of the benchmark's same-page reference (src/bench/baseline.tsx): the site's own
 * Japanese layout, so the page below is byte for byte the case study a reader gets.
 */
const ja = () => Promise.resolve({ locale: 'ja' })

export const generateMetadata = () => localeMetadata({ params: ja() })

export default function BenchSiteLayout({ children }: { children: ReactNode }) {
  return <LocaleLayout params={ja()}>{children}</LocaleLayout>
}
