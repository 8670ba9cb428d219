/**
 * The text after the title, group by group → lead, date and body blocks.
 *
 * - `——question` lines are questions (a question not ending in punctuation goes on to the next
 *   lines of its group);
 * - `名前：text` lines whose name is an interviewee's (full or family name) start an answer;
 * - unlabelled paragraphs continue the current answer; right after a question they are the
 *   answer of the only interviewee, if only one is interviewed;
 * - `>>label [url]` lines are calls to action (the URL may stand on the next line);
 * - `【…】`, `■…`, `# …` lines are headings, and so is a short unpunctuated line standing alone
 *   directly above a question (where the genre puts section headings);
 * - before the first block, text is the lead (and a date line sets the date);
 * - anything else is a narrative paragraph.
 */
import { joinLines, lexicalDocument, plainParagraph } from '../lib/lexical'
import { parseDateLine, tokyoMidnight } from './date'
import {
  bareUrl,
  ctaLine,
  endsSentence,
  type Group,
  isNote,
  type Line,
  markedHeading,
  mayBeHeading,
  opensBlock,
  questionText,
  speakerLabel,
} from './lines'
import type { Recorder } from './record'
import { resolveSpeaker } from './speakers'
import type { ImportedBlock } from './types'

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
  names: string[]
}

export const readBody = ({ groups, skip: profile, marker, names }: BodyInput, rec: Recorder): Body => {
  // Groups read already: the profile, and URL lines taken by the `>>` line before them.
  const skip = new Set(profile)
  const result: Body = { lead: '', blocks: [] }
  const lead: string[] = []
  let answer: Answer | null = null
  // Who speaks now: kept across a call to action inside an answer, cleared by questions and headings.
  let speaker: string | null = null
  let afterQuestion = false
  let afterProfile = false

  const started = () => result.blocks.length > 0
  const push = (block: ImportedBlock) => {
    result.blocks.push(block)
    afterQuestion = block.blockType === 'question'
    if (block.blockType !== 'answer') answer = null
    if (block.blockType === 'question' || block.blockType === 'heading') speaker = null
  }
  const answerBy = (who: string, paragraph: string) => {
    if (!answer || answer.speaker !== who) push((answer = { blockType: 'answer', speaker: who, content: lexicalDocument([]) }))
    if (paragraph) answer.content.root.children.push(plainParagraph(paragraph))
    speaker = who
  }

  /** The interviewee a `名前：text` line names, and its text. */
  const labelled = (text: string): { name: string; text: string } | null => {
    const label = questionText(text) === null ? speakerLabel(text) : null
    const match = label ? resolveSpeaker(label.label, names) : null
    return label && match && 'name' in match ? { name: match.name, text: label.text } : null
  }
  /**
   * A `名前：` label that names nobody interviewed (`編集部：`): someone else speaks, so the line
   * is narrative, not part of an answer. Longer labels, or ones with digits (`ポイントは3つ：`),
   * are ordinary text with a colon in it.
   */
  const stranger = (text: string): string | null => {
    const label = questionText(text) === null ? speakerLabel(text) : null
    return label && label.label.length <= 10 && !/\d/.test(label.label) && !labelled(text) ? label.label : null
  }
  /** Lines from `start` on that continue the paragraph before them. */
  const continuation = (group: Group, start: number): Line[] => {
    const lines: Line[] = []
    for (let k = start; k < group.length; k++) {
      const text = group[k].text
      if (opensBlock(text) || labelled(text) || stranger(text) !== null || isNote(text)) break
      lines.push(group[k])
    }
    return lines
  }

  const body = groups.filter((group) => group.length)
  for (let g = 0; g < body.length; g++) {
    const group = body[g]
    if (group === marker) afterProfile = true
    if (skip.has(group)) continue
    const next = body.slice(g + 1).find((candidate) => !skip.has(candidate))

    let i = 0
    while (i < group.length) {
      const line = group[i]

      const question = questionText(line.text)
      if (question !== null) {
        const parts = [question]
        rec.mark(line, 'question')
        for (i++; i < group.length && !endsSentence(parts[parts.length - 1]) && !labelled(group[i].text); i++) {
          parts.push(group[i].text)
          rec.mark(group[i], 'question')
        }
        push({ blockType: 'question', text: joinLines(parts) })
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
        const keep: string | null = speaker
        push({ blockType: 'cta', label: cta.label, url })
        speaker = keep
        continue
      }

      const heading = markedHeading(line.text)
      if (heading !== null) {
        rec.mark(line, 'heading')
        push({ blockType: 'heading', text: heading })
        i++
        continue
      }

      const said = labelled(line.text)
      if (said) {
        const more = continuation(group, i + 1)
        for (const l of [line, ...more]) rec.mark(l, 'answer', said.name)
        i += 1 + more.length
        answerBy(said.name, joinLines([said.text, ...more.map((l) => l.text)].filter(Boolean)))
        continue
      }

      // A date line (before the body starts): `2020年03月11日`, `公開日：2020/3/11`, …
      const date = started() ? null : parseDateLine(line.text)
      const dateField = date?.kind === 'interview' ? 'interviewDate' : 'publishedAt'
      if (date?.date && !result[dateField]) {
        result[dateField] = tokyoMidnight(date.date)
        rec.mark(line, 'date')
        i++
        continue
      }
      if (date) rec.warn({ code: 'bad-date', line: line.no, subject: line.text })

      // Notes and other people's words: narrative paragraphs that leave the answer's speaker be.
      const other = stranger(line.text)
      if (other !== null || (started() && isNote(line.text))) {
        const lines = [line, ...continuation(group, i + 1)]
        i += lines.length
        if (other !== null) {
          const match = resolveSpeaker(other, names)
          rec.warn({ code: match ? 'ambiguous-speaker' : 'unknown-speaker', line: line.no, subject: other })
        }
        for (const l of lines) rec.mark(l, 'paragraph')
        const keep: string | null = other === null ? speaker : null
        push({ blockType: 'paragraph', content: lexicalDocument([plainParagraph(joinLines(lines.map((l) => l.text)))]) })
        speaker = keep
        continue
      }

      // Plain text, up to the next line that starts something of its own.
      const lines = [line, ...continuation(group, i + 1)]
      i += lines.length
      const paragraph = joinLines(lines.map((l) => l.text))

      if (!date && group.length === 1 && mayBeHeading(line.text) && next && questionText(next[0].text) !== null) {
        rec.mark(line, 'heading')
        push({ blockType: 'heading', text: line.text })
        continue
      }

      if (!started() && (!afterProfile || !lead.length)) {
        lead.push(paragraph)
        for (const l of lines) rec.mark(l, 'lead')
        continue
      }

      const who = speaker ?? (afterQuestion && names.length === 1 ? names[0] : null)
      if (who) {
        for (const l of lines) rec.mark(l, 'answer', who)
        answerBy(who, paragraph)
        continue
      }

      if (afterQuestion && names.length > 1) rec.warn({ code: 'unattributed', line: line.no, subject: line.text })
      for (const l of lines) rec.mark(l, 'paragraph')
      push({ blockType: 'paragraph', content: lexicalDocument([plainParagraph(paragraph)]) })
    }
  }

  result.lead = lead.join('\n\n')
  // A label alone on its line followed by nothing of its own leaves an empty answer.
  result.blocks = result.blocks.filter((block) => block.blockType !== 'answer' || block.content.root.children.length)
  return result
}
