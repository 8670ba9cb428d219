'use client'

import { usePathname } from 'next/navigation'

import { localizedPath, type Locale } from '@/i18n/routing'

/**
 * The same page in the other language. The path comes from the URL, not from each page: on a
 * prerendered Japanese page it is the internal `/ja/…` route, which localizedPath drops.
 */
export function LocaleSwitcher({ locale, label, text }: { locale: Locale; label: string; text: string }) {
  const pathname = usePathname() ?? '/'
  const target: Locale = locale === 'ja' ? 'en' : 'ja'
  return (
    <a
      href={localizedPath(pathname, target)}
      hrefLang={target}
      className="rounded-full border border-line px-3 py-1 text-sm hover:border-ai hover:text-ai"
    >
      <span className="sr-only">{label}: </span>
      <span lang={target}>{text}</span>
    </a>
  )
}
