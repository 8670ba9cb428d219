import type { ReactNode } from 'react'

import LocaleLayout, { generateMetadata as localeMetadata } from '../(frontend)/[locale]/layout'

/**
 * Root layout of the benchmark's same-page reference (bench-baseline/site): the site's own
 * Japanese layout, so the page below is the case study a reader gets, all but Next's route data.
 */
const ja = () => Promise.resolve({ locale: 'ja' })

export const generateMetadata = () => localeMetadata({ params: ja() })

export default function BenchSiteLayout({ children }: { children: ReactNode }) {
  return <LocaleLayout params={ja()}>{children}</LocaleLayout>
}
