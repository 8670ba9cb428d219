import { getTranslations } from 'next-intl/server'

import { posterOf } from '@/data/opportunities'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { formatDate } from '@/lib/format'
import { INDUSTRIES } from '@/lib/options'
import type { Opportunity } from '@/payload-types'

type Props = {
  doc: Pick<Opportunity, 'id' | 'title' | 'kind' | 'industry' | 'deadline' | 'alumnus' | 'postedByStaff'>
  locale: Locale
}

export async function OpportunityCard({ doc, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'opportunities' })
  const poster = posterOf(doc)
  const industry = INDUSTRIES.find((i) => i.value === doc.industry)?.label[locale]
  return (
    <article className="flex h-full flex-col rounded-xl border border-line bg-white p-6">
      <p className="text-xs font-semibold text-shu">
        {t(`kinds.${doc.kind}`)}
        {industry ? ` · ${industry}` : ''}
      </p>
      <h2 className="mt-2 text-lg font-bold">
        <Link href={`/members/opportunities/${doc.id}`} className="text-ai hover:underline">
          {doc.title}
        </Link>
      </h2>
      <p className="mt-auto pt-4 text-sm text-muted">
        {doc.deadline ? t('deadline', { date: formatDate(doc.deadline, locale) }) : t('noDeadline')}
        {poster ? ` · ${t('postedBy', { name: poster.name })}` : ''}
      </p>
    </article>
  )
}
