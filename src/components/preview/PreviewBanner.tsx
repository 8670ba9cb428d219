import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/routing'
import { localizedPath } from '@/i18n/routing'
import { siteUrl } from '@/lib/site'
import { EXIT_PREVIEW_ROUTE } from '@/preview/url'

import { RefreshOnSave } from './RefreshOnSave'

/** Says plainly that this is an unpublished draft, with a way out; keeps the live preview current. */
export async function PreviewBanner({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'preview' })
  const exit = `${EXIT_PREVIEW_ROUTE}?${new URLSearchParams({ to: localizedPath(path, locale) })}`
  return (
    <div role="status" className="bg-shu px-5 py-2 text-center text-sm text-white">
      <RefreshOnSave serverURL={siteUrl()} />
      {t('notice')}{' '}
      <a href={exit} className="font-semibold underline">
        {t('exit')}
      </a>
    </div>
  )
}
