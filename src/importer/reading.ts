/**
 * What a line means in the body, given who is interviewed: whose answer a label opens, whether
 * a label names someone else, and how far a paragraph runs. Used by ./body.ts.
 */
import {
  afterDash,
  answerMark,
  type Group,
  isListItem,
  isNote,
  type Line,
  opensBlock,
  questionText,
  speakerLabel,
} from './lines'
import { resolveSpeaker } from './speakers'
import type { ImportedInterviewee } from './types'

export type Said = { name: string; text: string }

export class Reading {
  constructor(
    readonly people: ImportedInterviewee[],
    /** People lines (./byline.ts): not text of the body. */
    readonly bylines: Map<Line, unknown>,
  ) {}

  /** The interviewee a `名前：text` (or `──名前：text`) line names, and its text. */
  labelled(text: string): Said | null {
    const plain = questionText(text) === null ? text : afterDash(text)
    const label = plain === null ? null : speakerLabel(plain)
    if (!label || (plain !== text && label.label.length > 12)) return null
    const match = resolveSpeaker(label.label, this.people)
    return match && 'name' in match ? { name: match.name, text: label.text } : null
  }

  /**
   * A `名前：` label that names nobody interviewed (`編集部：`): someone else speaks, so the line
   * is narrative, not part of an answer. Longer labels, or ones with digits (`ポイントは3つ：`),
   * are ordinary text with a colon in it.
   */
  stranger(text: string): string | null {
    const label = questionText(text) === null && answerMark(text) === null && !isNote(text) ? speakerLabel(text) : null
    return label && label.label.length <= 10 && !/\d/.test(label.label) && !this.labelled(text) ? label.label : null
  }

  /** Something other than running text: the line ends the paragraph before it. */
  stops(line: Line): boolean {
    const text = line.text
    return (
      opensBlock(text) ||
      line.bold === true ||
      line.heading === true ||
      line.image !== undefined ||
      this.bylines.has(line) ||
      this.labelled(text) !== null ||
      this.stranger(text) !== null ||
      isNote(text)
    )
  }

  /** Lines from `start` on that continue the paragraph before them (a list item starts its own). */
  continuation(group: Group, start: number): Line[] {
    const lines: Line[] = []
    for (let k = start; k < group.length && !this.stops(group[k]) && !isListItem(group[k].text); k++) lines.push(group[k])
    return lines
  }
}
