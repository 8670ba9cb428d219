/**
 * Interview transcript (text in the genre's shapes, see docs/importer.md, or a Word or Markdown
 * file made into a source by ./sources) → interview draft data and a report. Pure: no Payload, no I/O.
 *
 * Nothing is dropped and nothing with words is refused: every non-empty line ends up in the
 * interview (title, date, lead, interviewees or a body block) and is listed in
 * `report.recognised` with what it became; a line nothing else claims becomes a narrative
 * paragraph, listed in `report.fallbacks` and warned about.
 */
import { readBody } from './body'
import { detectLanguage, splitAtBlocks, toGroups } from './lines'
import { readPeople } from './people'
import { Recorder } from './record'
import { buildReport } from './report'
import { type Source, textSource } from './source'
import { parseTitleLine } from './title'
import type { ImportedInterview, ParseResult } from './types'

export const parseInterview = (input: string | Source): ParseResult => {
  const source = typeof input === 'string' ? textSource(input) : input
  const rec = new Recorder()
  const groups = splitAtBlocks(toGroups(source.lines))
  const interview: ImportedInterview = { title: '', lead: '', interviewees: [], body: [], _status: 'draft' }
  for (const note of source.notes) rec.warn({ code: note.code, line: note.line, subject: note.subject })

  // The first line is the title, with the series and company in its 【】 marker.
  const first = groups[0]?.shift()
  if (groups[0]?.length === 0) groups.shift()
  const title = first ? parseTitleLine(first.text) : null
  if (first && title) {
    rec.mark(first, 'title')
    interview.title = title.title
    if (title.series) interview.series = title.series
    if (title.title.length > 120) rec.warn({ code: 'long-title', line: first.no, subject: title.title })
  }

  const people = readPeople(groups, interview.title, rec)
  interview.interviewees = people.interviewees

  const body = readBody(
    { groups, skip: people.used, marker: people.marker, people: people.interviewees, bylines: people.bylines },
    rec,
  )
  interview.lead = body.lead
  interview.body = body.blocks
  if (body.publishedAt) interview.publishedAt = body.publishedAt
  if (body.interviewDate) interview.interviewDate = body.interviewDate

  const text = source.lines.map((line) => line.text).join('\n')
  return {
    interview,
    report: buildReport(interview, rec, { language: detectLanguage(text), companyHint: title?.companyHint }),
  }
}
