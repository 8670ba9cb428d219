import type { DirectoryCard as Person } from '@/data/directory'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { INDUSTRIES, OPEN_TO } from '@/lib/options'

import { AlumniPhoto } from './AlumniPhoto'

const industryLabel = (value: string | null | undefined, locale: Locale) =>
  INDUSTRIES.find((option) => option.value === value)?.label[locale]

/** One result: the person's "now" — photo, name, organisation, title, industry, location. */
export function DirectoryCard({ person, locale }: { person: Person; locale: Locale }) {
  const industry = industryLabel(person.industry, locale)
  const openTo = OPEN_TO.filter((option) => person.openTo?.includes(option.value))
  return (
    <article className="flex h-full items-start gap-4 rounded-xl border border-line bg-white p-5">
      <AlumniPhoto photo={person.photo} name={person.name} size={64} />
      <div className="min-w-0">
        <h3 className="text-lg leading-snug font-bold">
          <Link href={`/members/alumni/${person.id}`} className="hover:text-ai">
            {person.name}
          </Link>
        </h3>
        {person.nameKana && (
          <p lang="ja" className="text-xs text-muted">
            {person.nameKana}
          </p>
        )}
        {(person.currentOrganization || person.title) && (
          <p className="mt-1 text-sm">{[person.currentOrganization, person.title].filter(Boolean).join(' / ')}</p>
        )}
        {(industry || person.location) && (
          <p className="text-sm text-muted">{[industry, person.location].filter(Boolean).join('・')}</p>
        )}
        {openTo.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {openTo.map((option) => (
              <li key={option.value} className="rounded-full bg-shu-soft px-2.5 py-0.5 text-xs text-shu">
                {option.label[locale]}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  )
}
