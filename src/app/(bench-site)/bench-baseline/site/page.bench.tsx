import { notFound } from 'next/navigation'

import CaseStudy, { generateMetadata as caseStudyMetadata } from '../../../(frontend)/[locale]/case-studies/[slug]/page'
import { benchSlug } from '@/bench/baseline'

/**
 * Benchmark reference: the case-study page itself (same layout, same components; 2 % fewer bytes
 * of route data) prerendered at build time as a plain static page, with no locale rewrite in front.
 */
export const dynamic = 'force-static'

const params = () => Promise.resolve({ locale: 'ja', slug: benchSlug() })

export const generateMetadata = () => (benchSlug() ? caseStudyMetadata({ params: params() }) : {})

export default function SamePageBaseline() {
  if (!benchSlug()) notFound()
  return <CaseStudy params={params()} />
}
