import { getTranslations } from 'next-intl/server'

import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { INDUSTRIES, OPEN_TO } from '@/lib/options'
import type { DirectoryQuery } from '@/search/directoryQuery'
import { FIRST_YEAR } from '@/text/rules'

import { CleanGetForm } from './CleanGetForm'

const control =
  'mt-1.5 block w-full rounded-md border border-line bg-white px-3 py-2 text-base shadow-sm transition-colors focus:border-ai'
const label = 'text-sm font-semibold'

/**
 * The search box and filters: a GET form, so the URL carries the whole search (shareable, and
 * the back button returns to it). Uncontrolled fields: the page keys this form by the query,
 * so going back and forth shows each search's own values.
 */
export async function DirectorySearchForm({
  query,
  locale,
  departments,
}: {
  query: DirectoryQuery
  locale: Locale
  departments: string[]
}) {
  const t = await getTranslations({ locale, namespace: 'directory' })
  const maxYear = new Date().getFullYear() + 1
  // A shared link may name a department nobody lists any more: keep it selectable.
  const departmentOptions = query.department && !departments.includes(query.department) ? [query.department, ...departments] : departments
  return (
    <CleanGetForm action={getPathname({ locale, href: '/members/directory' })} label={t('title')} className="space-y-6">
      <div>
        <label htmlFor="directory-q" className={label}>
          {t('searchLabel')}
        </label>
        <p id="directory-q-hint" className="mt-0.5 text-xs text-muted">
          {t('searchHint')}
        </p>
        <div className="mt-1.5 flex gap-2">
          <input
            id="directory-q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={100}
            aria-describedby="directory-q-hint"
            autoComplete="off"
            className={`${control} mt-0`}
          />
          <button
            type="submit"
            className="shrink-0 rounded-md bg-ai px-6 py-2 font-semibold text-white transition-colors hover:bg-ai-dark"
          >
            {t('search')}
          </button>
        </div>
      </div>

      <fieldset className="rounded-xl border border-line bg-white p-5">
        <legend className="px-1 font-bold">{t('filters')}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label htmlFor="directory-industry" className={label}>
              {t('industry')}
            </label>
            <select id="directory-industry" name="industry" defaultValue={query.industry ?? ''} className={control}>
              <option value="">{t('anyIndustry')}</option>
              {INDUSTRIES.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label[locale]}
                </option>
              ))}
            </select>
          </div>

          <div>
            <label htmlFor="directory-department" className={label}>
              {t('department')}
            </label>
            <select id="directory-department" name="department" defaultValue={query.department} className={control}>
              <option value="">{t('anyDepartment')}</option>
              {departmentOptions.map((department) => (
                <option key={department} value={department}>
                  {department}
                </option>
              ))}
            </select>
          </div>

          <fieldset>
            <legend className={label}>{t('joinedYears')}</legend>
            <div className="flex items-end gap-3">
              {(['joinedFrom', 'joinedTo'] as const).map((name) => (
                <div key={name} className="flex-1">
                  <label htmlFor={`directory-${name}`} className="text-xs text-muted">
                    {t(name)}
                  </label>
                  <input
                    id={`directory-${name}`}
                    name={name}
                    type="number"
                    inputMode="numeric"
                    min={FIRST_YEAR}
                    max={maxYear}
                    placeholder={t('yearPlaceholder')}
                    defaultValue={query[name] ?? ''}
                    className={`${control} mt-0.5`}
                  />
                </div>
              ))}
            </div>
          </fieldset>

          <div>
            <label htmlFor="directory-location" className={label}>
              {t('location')}
            </label>
            <p id="directory-location-hint" className="mt-0.5 text-xs text-muted">
              {t('locationHint')}
            </p>
            <input
              id="directory-location"
              name="location"
              type="text"
              defaultValue={query.location}
              maxLength={100}
              aria-describedby="directory-location-hint"
              className={control}
            />
          </div>

          <fieldset className="sm:col-span-2">
            <legend className={label}>{t('openTo')}</legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {OPEN_TO.map((option) => (
                <label key={option.value} className="inline-flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="openTo"
                    value={option.value}
                    defaultChecked={query.openTo.includes(option.value)}
                    className="size-4 accent-ai"
                  />
                  {option.label[locale]}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="mt-5 flex items-center gap-5">
          <button
            type="submit"
            className="rounded-md border border-ai px-5 py-2 text-sm font-semibold text-ai transition-colors hover:bg-ai hover:text-white"
          >
            {t('apply')}
          </button>
          <Link href="/members/directory" className="text-sm text-muted underline hover:text-ai">
            {t('clear')}
          </Link>
        </div>
      </fieldset>
    </CleanGetForm>
  )
}
