import { LocalizedLink } from '@/i18n/LocalizedLink'
import type { Interview } from '@/payload-types'

import { MediaImage } from '../MediaImage'

type Person = Interview['interviewees'][number]

/**
 * The member profile of an interviewee linked to an alumni account. Visitors get the link's bare
 * id, never the profile (tests/int/access.interviewee-profiles.test.ts).
 */
const profileHref = ({ isAlumni, alumnus }: Person) => {
  const id = typeof alumnus === 'number' ? alumnus : alumnus?.id
  return isAlumni && id !== undefined ? `/members/alumni/${id}` : undefined
}

/**
 * Profile cards of the people interviewed, as the genre's 【プロフィール】 block. An interviewee
 * linked to an alumni account links to that member profile (members only: visitors are asked
 * to sign in first).
 */
export function Interviewees({
  people,
  title,
  alumniLabel,
  profileLabel,
}: {
  people: Interview['interviewees']
  title: string
  alumniLabel: string
  profileLabel: string
}) {
  return (
    <section aria-labelledby="interviewees" className="mt-10 mb-12 rounded-xl border border-line bg-white p-6">
      <h2 id="interviewees" className="text-sm font-semibold text-muted">
        {title}
      </h2>
      <ul className="mt-4 grid gap-5 sm:grid-cols-2">
        {people.map((person) => {
          const href = profileHref(person)
          return (
            <li key={person.id ?? person.name} className="flex gap-4">
              <MediaImage
                media={person.photo}
                alt=""
                sizes="64px"
                maxWidth={64}
                className="h-16 w-16 shrink-0 rounded-full object-cover"
              />
              <div>
                <p className="font-bold">
                  {person.name}
                  {person.isAlumni && (
                    <span className="ml-2 rounded bg-shu-soft px-2 py-0.5 align-middle text-xs font-semibold text-shu">
                      {alumniLabel}
                    </span>
                  )}
                </p>
                <p className="text-sm text-muted">{[person.organization, person.role].filter(Boolean).join(' ')}</p>
                {href && (
                  <LocalizedLink href={href} className="mt-1 inline-block text-sm text-ai underline" prefetch={false}>
                    {profileLabel}
                  </LocalizedLink>
                )}
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
