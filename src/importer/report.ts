/** The report of a parse: counts, checks on the whole, and the errors that stop an import. */
import { plainText } from '../lib/lexical'
import type { Recorder } from './record'
import type { ImportedBlock, ImportedInterview, ImportReport, ImportWarning } from './types'

/** Checks on the whole interview: no date, no lead, interviewees who never answer. */
const overallWarnings = (interview: ImportedInterview): ImportWarning[] => {
  const warnings: ImportWarning[] = []
  if (!interview.publishedAt && !interview.interviewDate) warnings.push({ code: 'no-date' })
  if (!interview.lead) warnings.push({ code: 'no-lead' })
  const speakers = new Set(interview.body.flatMap((block) => (block.blockType === 'answer' ? [block.speaker] : [])))
  for (const { name } of interview.interviewees) {
    if (!speakers.has(name)) warnings.push({ code: 'silent-interviewee', subject: name })
  }
  return warnings
}

export const buildReport = (
  interview: ImportedInterview,
  rec: Recorder,
  { language, companyHint }: Pick<ImportReport, 'language' | 'companyHint'>,
): ImportReport => {
  const recognised = [...rec.lines].sort((a, b) => a.line - b.line)
  const count = (type: ImportedBlock['blockType']) => interview.body.filter((block) => block.blockType === type).length
  const counts = {
    interviewees: interview.interviewees.length,
    questions: count('question'),
    answers: count('answer'),
    paragraphs: count('paragraph'),
    headings: count('heading'),
    ctas: count('cta'),
    images: count('image'),
  }

  const errors: ImportReport['errors'] = recognised.length ? [] : ['empty']
  const fallbacks = recognised.filter((line) => line.kind === 'paragraph')

  // Warnings in the order of the text; those about the whole come first. A line kept as a
  // paragraph gets one, unless another warning says why already.
  const warned = new Set(rec.warnings.map((warning) => warning.line))
  const unplaced = fallbacks.filter((line) => !warned.has(line.line)).map((line) => ({ code: 'unplaced' as const, line: line.line, subject: line.text }))
  const questionless: ImportWarning[] = !counts.questions && !counts.answers ? [{ code: 'no-questions' }] : []
  const warnings: ImportWarning[] = recognised.length ? [...overallWarnings(interview), ...questionless, ...rec.warnings, ...unplaced] : []
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))

  return {
    language,
    ...(companyHint ? { companyHint } : {}),
    recognised,
    fallbacks,
    warnings,
    errors,
    counts,
  }
}

/** The plain text of a body block (for previews and checks). */
export const blockText = (block: ImportedBlock): string => {
  switch (block.blockType) {
    case 'answer':
    case 'paragraph':
      return plainText(block.content)
    case 'cta':
      return [block.label, block.url].filter(Boolean).join(' ')
    case 'image':
      return block.alt
    default:
      return block.text
  }
}
