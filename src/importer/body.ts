/**
 * The text after the title, group by group → lead, date and body blocks (docs/importer.md has
 * every shape):
 *
 * - questions: `——…`, `Q.…`, `聞き手：…`, `【…？】`, a bold line of a Word file, or — in a text
 *   with none of these — a short line ending in `？` standing alone;
 * - answers: `名前：text` (full, family or given name, role or initials of an interviewee),
 *   `──名前：text`, `A.text`, and unlabelled paragraphs after a question when one person answers
 *   in that part of the text;
 * - people lines (./byline.ts) introduce the interviewees of the part they open;
 * - `>>label [url]` links, headings by markup or standing above a question or a people line,
 *   notes and captions (`※`, `（写真…）`, `▲…`), images of a Word file: blocks of their own;
 * - before the first question or answer, text is the lead and a date line the date; a
 *   labelled date (`取材日：…`) counts anywhere;
 * - anything else is a narrative paragraph.
 */
import { joinLines, lexicalDocument, plainParagraph } from '../lib/lexical'
import { parseDateLine, tokyoMidnight } from './date'
import {
  answerMark,
  asksAlone,
  bareUrl,
  ctaLine,
  endsSentence,
  type Group,
  isNote,
  type Line,
  markedHeading,
  mayBeHeading,
  questionText,
} from './lines'
import { Reading } from './reading'
import type { Recorder } from './record'
import { resolveSpeaker } from './speakers'
import type { ImportedBlock, ImportedInterviewee } from './types'

type Answer = Extract<ImportedBlock, { blockType: 'answer' }>

export type Body = {
  lead: string
  blocks: ImportedBlock[]
  publishedAt?: string
  interviewDate?: string
}

export type BodyInput = {
  /** The groups of the text after the title line, in order. */
  groups: Group[]
  /** Groups that belong to the profile block: not part of the body. */
  skip: Set<Group>
  /** The profile marker's group: lead text may still follow it until the lead has some. */
  marker: Group | null
  people: ImportedInterviewee[]
  bylines: Map<Line, ImportedInterviewee[]>
}

const text = (lines: Line[]) => joinLines(lines.map((l) => l.text))

export const readBody = ({ groups, skip: profile, marker, people, bylines }: BodyInput, rec: Recorder): Body => {
  const read = new Reading(people, bylines)
  // Groups read already: the profile, and URL lines taken by the `>>` line before them.
  const skip = new Set(profile)
  const result: Body = { lead: '', blocks: [] }
  const lead: string[] = []
  let answer: Answer | null = null
  // Who speaks now: kept across a link, a note or an image inside an answer, cleared by questions and headings.
  let speaker: string | null = null
  let afterQuestion = false
  let afterProfile = false
  let started = false
  // The people of the part of the text being read: those of the last people line, else everyone.
  let part: ImportedInterviewee[] = people
  // The people of the people lines just read, when the line before was one of them.
  let run: ImportedInterviewee[] | null = null

  const body = groups.filter((group) => group.length)
  // A text that marks none of its questions asks with lines ending in `？` that stand alone.
  const marked = body.some((group) => group.some((line) => line.bold || questionText(line.text) !== null))

  const sole = () => (part.length === 1 ? part[0].name : people.length === 1 ? people[0].name : null)
  const push = (block: ImportedBlock, keepSpeaker = false) => {
    const keep = speaker
    result.blocks.push(block)
    // Headings, links and notes may stand above the lead; a question or an answer ends it.
    if (block.blockType === 'question' || block.blockType === 'answer') started = true
    afterQuestion = block.blockType === 'question'
    if (block.blockType !== 'answer') answer = null
    speaker = keepSpeaker ? keep : null
  }
  // Answers opened by a label alone on its line, with that line: if nothing follows, the line is kept as a paragraph.
  const opened = new Map<Answer, Line>()
  const answerBy = (who: string, paragraph: string, label?: Line) => {
    if (!answer || answer.speaker !== who) {
      push((answer = { blockType: 'answer', speaker: who, content: lexicalDocument([]) }))
      if (label && !paragraph) opened.set(answer, label)
    }
    if (paragraph) answer.content.root.children.push(plainParagraph(paragraph))
    speaker = who
  }
  const paragraph = (lines: Line[], kind: 'note' | 'paragraph', keepSpeaker: boolean) => {
    for (const l of lines) rec.mark(l, kind)
    push({ blockType: 'paragraph', content: lexicalDocument([plainParagraph(text(lines))]) }, keepSpeaker)
  }
  const question = (lines: Line[], first: string) => {
    for (const l of lines) rec.mark(l, 'question')
    push({ blockType: 'question', text: joinLines([first, ...lines.slice(1).map((l) => l.text)]) })
  }

  for (let g = 0; g < body.length; g++) {
    const group = body[g]
    if (group === marker) afterProfile = true
    if (skip.has(group)) continue
    const next = body.slice(g + 1).find((candidate) => !skip.has(candidate))

    let i = 0
    while (i < group.length) {
      const line = group[i]
      const opensSection = (l?: Line) =>
        l !== undefined && (questionText(l.text) !== null || l.bold === true || bylines.has(l))

      // People lines: who is interviewed in the part they open.
      const introduced = bylines.get(line)
      if (introduced) {
        rec.mark(line, 'interviewee', introduced.map((p) => p.name).join('、') || undefined)
        run = [...(run ?? []), ...introduced]
        if (run.length) part = run
        // A name line right under a question says who answers.
        speaker = afterQuestion && introduced.length === 1 ? introduced[0].name : speaker
        i++
        continue
      }

      run = null

      if (line.image !== undefined) {
        rec.mark(line, 'image')
        rec.warn({ code: 'image-alt', line: line.no, subject: line.text })
        push({ blockType: 'image', source: line.image, alt: line.text }, true)
        i++
        continue
      }

      const said = read.labelled(line.text)
      const asked = said ? null : questionText(line.text)
      if (asked !== null) {
        const lines = [line]
        for (i++; i < group.length && !endsSentence(lines[lines.length - 1].text) && !read.stops(group[i]); i++) lines.push(group[i])
        question(lines, asked)
        continue
      }

      const cta = ctaLine(line.text)
      if (cta) {
        rec.mark(line, 'cta')
        i++
        let url = cta.url
        if (!url && i < group.length && bareUrl(group[i].text)) {
          url = group[i].text
          rec.mark(group[i++], 'cta-url')
        } else if (!url && i === group.length && next?.length === 1 && bareUrl(next[0].text)) {
          url = next[0].text
          rec.mark(next[0], 'cta-url')
          skip.add(next)
        }
        if (!url) rec.warn({ code: 'cta-without-url', line: line.no, subject: cta.label })
        push({ blockType: 'cta', label: cta.label, url }, true)
        continue
      }

      const heading = line.heading ? line.text : markedHeading(line.text)
      // `【…】` right above an answer asks (the heading of the genre stands above a question).
      const after = group[i + 1] ?? next?.[0]
      if (heading !== null && /^【.+】$/.test(line.text) && after && (read.labelled(after.text) || answerMark(after.text) !== null)) {
        i++
        question([line], heading)
        continue
      }
      if (heading !== null) {
        rec.mark(line, 'heading')
        push({ blockType: 'heading', text: heading })
        i++
        continue
      }

      if (said) {
        const more = read.continuation(group, i + 1)
        for (const l of [line, ...more]) rec.mark(l, 'answer', said.name)
        i += 1 + more.length
        answerBy(said.name, joinLines([said.text, ...more.map((l) => l.text)].filter(Boolean)), line)
        continue
      }

      const marks = answerMark(line.text)
      const markedBy = marks !== null ? (sole() ?? speaker) : null
      if (marks !== null && markedBy) {
        const more = read.continuation(group, i + 1)
        for (const l of [line, ...more]) rec.mark(l, 'answer', markedBy)
        i += 1 + more.length
        answerBy(markedBy, joinLines([marks, ...more.map((l) => l.text)].filter(Boolean)), line)
        continue
      }

      // A date line before the body starts (`2020年03月11日`), or a labelled one anywhere (`取材日：…`).
      const date = parseDateLine(line.text)
      const dated = date && (!started || date.labelled) ? date : null
      const dateField = dated?.kind === 'interview' ? 'interviewDate' : 'publishedAt'
      if (dated?.date && !result[dateField]) {
        result[dateField] = tokyoMidnight(dated.date)
        rec.mark(line, 'date')
        i++
        continue
      }
      if (dated && !dated.date) rec.warn({ code: 'bad-date', line: line.no, subject: line.text })

      // Notes, captions and other people's words: paragraphs of their own that leave the answer's speaker be.
      const other = read.stranger(line.text)
      if (other !== null || isNote(line.text)) {
        const lines = [line, ...read.continuation(group, i + 1)]
        i += lines.length
        if (other !== null) {
          const match = resolveSpeaker(other, people)
          rec.warn({ code: match ? 'ambiguous-speaker' : 'unknown-speaker', line: line.no, subject: other })
          paragraph(lines, 'paragraph', false)
        } else paragraph(lines, 'note', true)
        continue
      }

      // A bold line of a Word file asks, unless it is a short title standing above a question.
      if (line.bold) {
        i++
        if (mayBeHeading(line.text) && opensSection(group[i] ?? next?.[0])) {
          rec.mark(line, 'heading')
          push({ blockType: 'heading', text: line.text })
        } else question([line], line.text)
        continue
      }

      // Plain text, up to the next line that starts something of its own.
      const lines = [line, ...read.continuation(group, i + 1)]
      i += lines.length

      // A short line standing alone above a question or a people line: the genre's section heading.
      const aboveSection = group.length === 1 ? opensSection(next?.[0]) : i < group.length && bylines.has(group[i])
      if (lines.length === 1 && mayBeHeading(line.text) && !date && aboveSection) {
        rec.mark(line, 'heading')
        push({ blockType: 'heading', text: line.text })
        continue
      }

      if (!marked && group.length === 1 && asksAlone(line.text)) {
        question(lines, line.text)
        continue
      }

      if (!started && (!afterProfile || !lead.length)) {
        lead.push(text(lines))
        for (const l of lines) rec.mark(l, 'lead')
        continue
      }

      const who = speaker ?? (afterQuestion ? sole() : null)
      if (who) {
        for (const l of lines) rec.mark(l, 'answer', who)
        answerBy(who, text(lines))
        continue
      }

      if (afterQuestion && people.length > 1) rec.warn({ code: 'unattributed', line: line.no, subject: line.text })
      paragraph(lines, 'paragraph', false)
    }
  }

  result.lead = lead.join('\n\n')
  // A label alone on its line followed by nothing of its own leaves an empty answer: the line stays, as a paragraph.
  result.blocks = result.blocks.map((block) => {
    const label = block.blockType === 'answer' && !block.content.root.children.length ? opened.get(block) : undefined
    if (!label) return block
    rec.remark(label, 'paragraph')
    return { blockType: 'paragraph', content: lexicalDocument([plainParagraph(label.text)]) }
  })
  return result
}
