/**
 * The bare reference pages `npm run bench` measures the case-study page against (docs/benchmarks.md):
 * the same article, read straight from the database with no data cache, without the site's header,
 * footer or translations (the third, the case-study page itself prerendered, is src/app/(bench-site)).
 * They exist only in a build made with ENISHI_BENCH_BASELINES=1 — the bench
 * sets it for its own build and server; any other build answers 404 there (checked at build time for
 * the prerendered page, per request for the dynamic one), so no deployment ships them.
 */
import { notFound } from 'next/navigation'

import { InterviewBody } from '@/components/interview/InterviewBody'
import { payloadClient } from '@/data/payload'

export const baselinesEnabled = () => process.env.ENISHI_BENCH_BASELINES === '1' && Boolean(process.env.ENISHI_BENCH_SLUG)

export async function BaselineArticle() {
  if (!baselinesEnabled()) notFound()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'interviews',
    locale: 'ja',
    overrideAccess: false,
    where: { slug: { equals: process.env.ENISHI_BENCH_SLUG } },
    limit: 1,
    depth: 2,
  })
  const interview = docs[0]
  if (!interview) notFound()
  const speakers = new Map(interview.interviewees.map((p) => [p.name, [p.organization, p.role].filter(Boolean).join(' ')]))
  return (
    <main className="mx-auto max-w-3xl px-5 py-14">
      <h1 className="font-serif text-3xl font-bold">{interview.title}</h1>
      <p className="mt-10 text-lg leading-loose">{interview.lead}</p>
      <InterviewBody blocks={interview.body} speakers={speakers} />
    </main>
  )
}
