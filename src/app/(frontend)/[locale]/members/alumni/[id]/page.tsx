import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { requireMember } from '@/auth/viewer'
import { AlumniPhoto } from '@/components/directory/AlumniPhoto'
import { InterviewCard } from '@/components/InterviewCard'
import { type DirectoryProfile, getDirectoryProfile } from '@/data/directory'
import { listInterviewsFeaturing } from '@/data/interviews'
import { payloadClient } from '@/data/payload'
import { Link } from '@/i18n/navigation'
import { localeParam } from '@/i18n/params'
import type { Locale } from '@/i18n/routing'
import { INDUSTRIES, OPEN_TO } from '@/lib/options'

type Props = { params: Promise<{ locale: string; id: string }> }

/** Only positive whole numbers are ids; anything else is not a page. */
const idParam = (raw: string): number => {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(id) || id <= 0) notFound()
  return id
}

/** The profile a member may see, or a 404 (unknown, hidden, not approved — never which). */
const load = async (locale: Locale, id: number) => {
  const viewer = await requireMember(locale, `/members/alumni/${id}`)
  const profile = await getDirectoryProfile(await payloadClient(), viewer, id)
  if (!profile) notFound()
  return profile
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, id } = await params
  const locale = await localeParam(Promise.resolve({ locale: rawLocale }))
  const profile = await load(locale, idParam(id))
  return { title: profile.name, robots: { index: false } }
}

/** Profile links are typed by members: only web addresses become links. */
const webUrl = (value: string): string | null => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-10">
      <h2 className="mb-3 text-lg font-bold">{title}</h2>
      {children}
    </section>
  )
}

function Chips({ items }: { items: string[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item} className="rounded-full border border-line bg-white px-3 py-1 text-sm">
          {item}
        </li>
      ))}
    </ul>
  )
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '')
  if (!shown.length) return null
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm text-muted">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

export default async function AlumniProfilePage({ params }: Props) {
  const { locale: rawLocale, id } = await params
  const locale = await localeParam(Promise.resolve({ locale: rawLocale }))
  setRequestLocale(locale)
  const profile: DirectoryProfile = await load(locale, idParam(id))
  const [t, interviews] = await Promise.all([
    getTranslations({ locale, namespace: 'alumniProfile' }),
    listInterviewsFeaturing({ alumnus: profile.id, locale }),
  ])

  const industry = INDUSTRIES.find((option) => option.value === profile.industry)?.label[locale]
  const openTo = OPEN_TO.filter((option) => profile.openTo?.includes(option.value)).map((option) => option.label[locale])
  const links = (profile.links ?? []).flatMap((link) => {
    const href = webUrl(link.url)
    return href ? [{ id: link.id ?? href, label: link.label, href }] : []
  })
  const years =
    profile.joinedYear && profile.leftYear
      ? t('yearRange', { from: profile.joinedYear, to: profile.leftYear })
      : profile.joinedYear
        ? t('yearFrom', { from: profile.joinedYear })
        : profile.leftYear
          ? t('yearTo', { to: profile.leftYear })
          : null
  // What members see: contact details only where the person chose "members".
  const contact = profile.contact
  const email = contact?.emailVisibility === 'members' ? contact.email : null
  const phone = contact?.phoneVisibility === 'members' ? contact.phone : null

  return (
    <article className="max-w-3xl">
      <Link href="/members/directory" className="text-sm text-muted underline hover:text-ai">
        {t('backToDirectory')}
      </Link>

      <header className="mt-6 flex items-center gap-6">
        <AlumniPhoto photo={profile.photo} name={profile.name} size={128} />
        <div>
          <h1 className="text-3xl font-bold">{profile.name}</h1>
          {profile.nameKana && (
            <p lang="ja" className="mt-1 text-muted">
              {profile.nameKana}
            </p>
          )}
          {profile.nameRomaji && (
            <p lang="en" className="text-sm text-muted">
              {profile.nameRomaji}
            </p>
          )}
        </div>
      </header>

      <Section title={t('now')}>
        <Facts
          rows={[
            [t('organization'), profile.currentOrganization],
            [t('jobTitle'), profile.title],
            [t('industry'), industry],
            [t('location'), profile.location],
          ]}
        />
      </Section>

      {profile.careerSinceLeaving && (
        <Section title={t('careerSinceLeaving')}>
          <p className="whitespace-pre-line">{profile.careerSinceLeaving}</p>
        </Section>
      )}
      {profile.bio && (
        <Section title={t('bio')}>
          <p className="whitespace-pre-line">{profile.bio}</p>
        </Section>
      )}
      {profile.skills && profile.skills.length > 0 && (
        <Section title={t('skills')}>
          <Chips items={profile.skills} />
        </Section>
      )}
      {openTo.length > 0 && (
        <Section title={t('openTo')}>
          <Chips items={openTo} />
        </Section>
      )}
      {links.length > 0 && (
        <Section title={t('links')}>
          <ul className="space-y-1">
            {links.map((link) => (
              <li key={link.id}>
                <a href={link.href} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-ai underline">
                  {link.label}
                  <span className="sr-only">{t('opensInNewTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {(years || (profile.departments && profile.departments.length > 0)) && (
        <Section title={t('atCompany')}>
          <Facts rows={[[t('years'), years], [t('departments'), profile.departments?.join('、')]]} />
        </Section>
      )}
      {interviews.length > 0 && (
        <Section title={t('caseStudies')}>
          <div className="grid gap-6 sm:grid-cols-2">
            {interviews.map((interview) => (
              <InterviewCard key={interview.id} interview={interview} locale={locale} headingLevel="h3" />
            ))}
          </div>
        </Section>
      )}
      {(email || phone) && (
        <Section title={t('contact')}>
          <Facts
            rows={[
              [t('contactEmail'), email && <a href={`mailto:${email}`} className="text-ai underline">{email}</a>],
              [t('contactPhone'), phone && <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} className="text-ai underline">{phone}</a>],
            ]}
          />
        </Section>
      )}
    </article>
  )
}
