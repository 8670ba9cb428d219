import { ImageResponse } from 'next/og'

import { getInterview } from '@/data/interviews'
import { isLocale } from '@/i18n/routing'
import { CASE_STUDY_IMAGE } from '@/seo/caseStudyImage'
import { fontsFor } from '@/seo/ogFonts'

// Cached like the page (rendered on first request, then kept), and expired with it when the
// case study changes.
export const revalidate = 60
export const generateStaticParams = () => []

const LABEL = { ja: '企業事例', en: 'Case study' } as const

const notFound = () => new Response('Not found', { status: 404 })

/** The picture shown when a case study is shared: title, company and the site's name. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return notFound()
  // Visitor access only: a draft, future-dated or unknown case study has no image.
  const found = await getInterview({ slug, locale })
  if (!found) return notFound()
  const { interview } = found
  const company = typeof interview.company === 'object' && interview.company ? interview.company.name : ''
  const label = [LABEL[locale], interview.series].filter(Boolean).join(' ／ ')
  const chars = Array.from(interview.title)
  const title = chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : interview.title
  const { fonts, family } = await fontsFor(`${label}${title}${company}縁Enishi`)

  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#fbfaf7',
          borderTop: '16px solid #24407a',
          color: '#1f2433',
          fontFamily: family,
        }}
      >
        <div style={{ display: 'flex', fontSize: 30, color: '#c2452d' }}>{label}</div>
        <div style={{ display: 'flex', fontSize: title.length > 40 ? 52 : 64, lineHeight: 1.35 }}>{title}</div>
        <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', fontSize: 34, color: '#5b6170' }}>{company}</div>
          <div style={{ display: 'flex', alignItems: 'baseline', gap: 14, color: '#24407a' }}>
            <span style={{ fontSize: 56 }}>縁</span>
            <span style={{ fontSize: 40 }}>Enishi</span>
          </div>
        </div>
      </div>
    ),
    { ...CASE_STUDY_IMAGE, fonts },
  )
}
