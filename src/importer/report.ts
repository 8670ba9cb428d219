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
  }

  const errors: ImportReport['errors'] = []
  if (!recognised.length) errors.push('empty')
  else {
    if (!counts.interviewees) errors.push('no-interviewees')
    if (!counts.questions && !counts.answers) errors.push('no-questions')
  }

  // Warnings in the order of the text; those about the whole come first.
  const warnings = recognised.length ? [...overallWarnings(interview), ...rec.warnings] : []
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))

  return {
    language,
    ...(companyHint ? { companyHint } : {}),
    recognised,
    fallbacks: recognised.filter((line) => line.kind === 'paragraph'),
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
    default:
      return block.text
  }
}
