/**
 * The bare reference pages `npm run bench` measures the case-study page against (docs/benchmarks.md):
 * the same article, read straight from the database with no data cache, without the site's header,
 * footer or translations (the third, the case-study page itself prerendered, is src/app/(bench-site)).
 * Their route files end in `.bench.tsx`, which only a build with ENISHI_BENCH_BASELINES=1 reads as
 * pages (next.config.ts); the bench sets it for its own build, so no other build compiles them.
 */
import { notFound } from 'next/navigation'

import { InterviewBody } from '@/components/interview/InterviewBody'
import { payloadClient } from '@/data/payload'

/** The case study the bench measures (tests/bench/index.ts sets it). */
export const benchSlug = () => process.env.ENISHI_BENCH_SLUG ?? ''

export async function BaselineArticle() {
  if (!benchSlug()) notFound()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'interviews',
    locale: 'ja',
    overrideAccess: false,
    where: { slug: { equals: benchSlug() } },
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
