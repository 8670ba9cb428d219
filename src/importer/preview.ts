/** What the admin view shows before a draft is created: the interview as read, in brief. */
import type { PreparedImport } from './create'
import { blockText } from './report'
import type { ImportedBlock, ImportedInterviewee, ImportReport } from './types'

export type OutlineItem = { type: ImportedBlock['blockType']; text: string; speaker?: string; url?: string }

export type ImportPreview = {
  title: string
  series?: string
  publishedAt?: string
  interviewDate?: string
  lead: string
  slug: string
  slugSource: PreparedImport['slugSource']
  locale: 'ja' | 'en'
  company: PreparedImport['company']
  filledLinks: number
  interviewees: ImportedInterviewee[]
  /** The body block by block, each text shortened. */
  outline: OutlineItem[]
  report: ImportReport
}

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export const toPreview = ({ data, report, company, filledLinks, slugSource, locale }: PreparedImport): ImportPreview => ({
  title: data.title,
  ...(data.series ? { series: data.series } : {}),
  ...(data.publishedAt ? { publishedAt: data.publishedAt } : {}),
  ...(data.interviewDate ? { interviewDate: data.interviewDate } : {}),
  lead: data.lead,
  slug: data.slug,
  slugSource,
  locale,
  company,
  filledLinks,
  interviewees: data.interviewees,
  outline: data.body.map((block) => ({
    type: block.blockType,
    text: shorten(block.blockType === 'cta' ? block.label : blockText(block)),
    ...(block.blockType === 'answer' ? { speaker: block.speaker } : {}),
    ...(block.blockType === 'cta' ? { url: block.url } : {}),
  })),
  report,
})
