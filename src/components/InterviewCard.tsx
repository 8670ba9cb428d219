import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { formatDate } from '@/lib/format'
import type { Interview } from '@/payload-types'

import { MediaImage } from './MediaImage'

type Card = Pick<Interview, 'title' | 'slug' | 'lead' | 'publishedAt' | 'company' | 'heroImage' | 'series'>

type Props = {
  interview: Card
  locale: Locale
  headingLevel?: 'h2' | 'h3'
  /** The first card of a list at the top of the page: its image is the largest thing a phone shows first. */
  preload?: boolean
}

export function InterviewCard({ interview, locale, headingLevel = 'h3', preload }: Props) {
  const Heading = headingLevel
  const company = typeof interview.company === 'object' ? interview.company : null
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-xl border border-line bg-white transition hover:shadow-md">
      <div className="aspect-[16/9] overflow-hidden bg-line">
        <MediaImage
          media={interview.heroImage}
          alt=""
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          maxWidth={640}
          preload={preload}
          className="h-full w-full object-cover transition group-hover:scale-[1.02]"
        />
      </div>
      <div className="flex flex-1 flex-col p-5">
        {company && <p className="text-xs font-semibold tracking-wider text-shu">{company.name}</p>}
        <Heading className="mt-1 text-lg leading-snug font-bold">
          <Link href={`/case-studies/${interview.slug}`} className="after:absolute after:inset-0 hover:text-ai">
            {interview.title}
          </Link>
        </Heading>
        <p className="mt-2 line-clamp-3 text-sm text-muted">{interview.lead}</p>
        {interview.publishedAt && (
          <time dateTime={interview.publishedAt} className="mt-auto pt-4 text-xs text-muted">
            {formatDate(interview.publishedAt, locale)}
          </time>
        )}
      </div>
    </article>
  )
}
