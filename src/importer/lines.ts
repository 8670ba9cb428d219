/**
 * The lines of a transcript and what each one looks like on its own. Whether a line that looks
 * like an answer really is one (its speaker must be an interviewee) is decided in parse.ts.
 */

import { type SourceLine, textSource } from './source'

/** A non-empty line: its number in the source, its text, and what a Word file said about it. */
export type Line = { no: number; text: string } & Pick<SourceLine, 'bold' | 'image' | 'heading'>

/** Non-empty lines grouped by the blank lines between them (one group ≈ one paragraph). */
export type Group = Line[]

// Full-width spaces (U+3000) count as spaces: editors indent Japanese text with them. Control
// characters (other than tabs and line ends) are no text: the database refuses NUL.
export const trim = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '')

/** Source lines → groups. A line marked `alone` (a Word paragraph) is a group of its own. */
export const toGroups = (input: string | SourceLine[]): Group[] => {
  const lines = typeof input === 'string' ? textSource(input).lines : input
  const groups: Group[] = []
  let current: Group = []
  const close = () => {
    if (current.length) groups.push(current)
    current = []
  }
  lines.forEach((source, i) => {
    const text = trim(source.text)
    if (!text) return close()
    if (source.alone) close()
    const { bold, image, heading } = source
    current.push({ no: i + 1, text, ...(bold ? { bold } : {}), ...(image !== undefined ? { image } : {}), ...(heading ? { heading } : {}) })
    if (source.alone) close()
  })
  close()
  return groups
}

/** A leading dash — `——`, `―`, `―――`, `ー`, `－`, `—` (one or more) or at least two ASCII hyphens. */
const DASH = /^(?:[—―ー－‐─]+|-{2,})\s*/
/** `Q.`, `Q：`, `Ｑ１．`, `Q1)`, `Q ` — a question number mark. */
const Q_MARK = /^[QＱ][0-9０-９]{0,3}\s*(?:[.．:：、)）]|\s)\s*/
/** `A.`, `A：`, `Ａ１．` — an answer mark that names nobody. */
const A_MARK = /^[AＡ][0-9０-９]{0,3}\s*(?:[.．:：)）]|\s)\s*/
/** Labels of the one who asks: `聞き手：`, `インタビュアー：`, `Interviewer:`. */
const ASKER = /^(?:聞き手|インタビュアー|interviewer)\s*[:：]\s*/i

/** The line without a leading dash, or null when it has none. */
export const afterDash = (line: string): string | null => {
  const match = DASH.exec(line)
  return match ? line.slice(match[0].length) : null
}

/**
 * A question: a line led by a dash (a single `- ` starts a list item, not a question), a `Q.`
 * mark (also after a dash: `――Q`), an asker's label, or a whole line in 【】 that asks (`？`).
 */
export const questionText = (line: string): string | null => {
  const dashed = afterDash(line)
  const rest = dashed ?? line
  const q = Q_MARK.exec(rest) ?? ASKER.exec(rest)
  const text = q ? rest.slice(q[0].length) : dashed
  if (text !== null) {
    // A line of dashes only is a separator, not a question.
    return text && !/^[—―ー－‐─\-\s]+$/.test(text) ? text : null
  }
  const bracketed = /^【([^】]+[？?])】$/.exec(line)?.[1]
  return bracketed ? trim(bracketed) : null
}

/** The text of an `A.` line (an answer that names no speaker), or null. */
export const answerMark = (line: string): string | null => {
  const match = A_MARK.exec(line)
  return match ? line.slice(match[0].length) : null
}

/** A line that asks on its own: short, ending in a question mark. */
export const asksAlone = (line: string): boolean => line.length <= 80 && /[？?]$/.test(line) && !/^[（(「『]/.test(line)

/** `>>label`, `>> label https://…`, `＞＞label` or `≫label`: a call-to-action link line. */
const CTA = /^(?:>>|＞＞|≫)\s*(.*)$/
const URL_IN_LINE = /https?:\/\/[^\s<>"'）)」]+/

export const ctaLine = (line: string): { label: string; url: string } | null => {
  const match = CTA.exec(line)
  if (!match) return null
  const url = URL_IN_LINE.exec(match[1])?.[0] ?? ''
  // Between the label and its URL: `>>詳しくはこちら：https://…`.
  const rest = trim(match[1].replace(url, ''))
  const label = url ? rest.replace(/[\s:：→\-–—]+$/, '') : rest
  // `>>` with nothing to link is no link.
  return label || url ? { label: label || url, url } : null
}

/** A line that is nothing but a URL (the target of the `>>` line above it). */
export const bareUrl = (line: string): string | null => (/^https?:\/\/\S+$/.test(line) ? line : null)

/** `【プロフィール】`, `■プロフィール`, `[Profile]`, `Profile:` … : the start of the people block. */
const PROFILE_MARKER = /^(?:[【\[［■◆●#]\s*)?(?:プロフィール|profiles?)\s*(?:[】\]］])?[:：]?$/i

export const isProfileMarker = (line: string): boolean => PROFILE_MARKER.test(line)

/** A heading by its markup: a whole line in 【】, or led by ■ □ ◆ ◇ ● ▼ ▶ or Markdown `#`. */
const MARKED_HEADING = [/^【([^】]+)】$/, /^[■□◆◇●▼▶]\s*(.+)$/, /^#{1,4}\s+(.+)$/]

export const markedHeading = (line: string): string | null => {
  for (const pattern of MARKED_HEADING) {
    const text = trim(pattern.exec(line)?.[1] ?? '')
    if (text) return text
  }
  return null
}

/**
 * A short line that could be an unmarked section heading: no sentence punctuation at its end
 * and none of the commas and full stops a sentence has inside. parse.ts accepts it only when it
 * stands alone directly above a question, which is where the genre puts its headings.
 */
export const mayBeHeading = (line: string): boolean =>
  line.length <= 40 && /[\p{L}\p{N}]/u.test(line) && !/[。、．，！？!?.:：,]$/.test(line) && !/[。、．！？]/.test(line)

/**
 * An editor's note or a photo caption, not something said: `※…`, a whole line in parentheses
 * (`（写真左から…）`, `（取材・文：…）`) or in ［］ (`［編集部注：…］`, an image kept as its name),
 * `▲…`, `写真：…`, or a separator of symbols only (`＊＊＊`).
 */
export const isNote = (line: string): boolean =>
  /^(?:※|[＊*](?!\s)|[▲△]|写真[：:左右上下]|photo:)/iu.test(line) ||
  /^[（(［].*[）)］]$/.test(line) ||
  !/[\p{L}\p{N}]/u.test(line)

/** A list item: `・`, `•`, `- `, `* `, `1. `, `①`. */
export const isListItem = (line: string): boolean => /^(?:[・•◦‣]|[-*+]\s|[0-9０-９]{1,2}[.)．）]\s*\S|[①-⑳])/.test(line)

/**
 * `名前：text` or `Name: text`: the label (a name, at most three words and 24 characters,
 * without digits-only or URL schemes) and the text after the colon (may be empty).
 */
const SPEAKER = /^([^:：\s][^:：]{0,23}?)\s*[：:]\s*(.*)$/

export const speakerLabel = (line: string): { label: string; text: string } | null => {
  const match = SPEAKER.exec(line)
  if (!match) return null
  const [, label, text] = match
  if (/^\d+$/.test(label) || text.startsWith('//') || label.split(/\s+/).length > 3) return null
  if (/[。、．，！？!?,「」()（）]/.test(label) || /\.[^\s.]{2,}/.test(label)) return null
  return { label: trim(label), text }
}

/** Lines that start something of their own: a group is split before each of them. */
export const opensBlock = (line: string): boolean =>
  questionText(line) !== null ||
  ctaLine(line) !== null ||
  markedHeading(line) !== null ||
  isProfileMarker(line) ||
  answerMark(line) !== null

export const splitAtBlocks = (groups: Group[]): Group[] =>
  groups.flatMap((group) => {
    const parts: Group[] = []
    for (const line of group) {
      if (!parts.length || opensBlock(line.text)) parts.push([line])
      else parts[parts.length - 1].push(line)
    }
    return parts
  })

/** Sentence-final punctuation: a question line ending in it is complete. */
export const endsSentence = (line: string): boolean => /[。．.!?！？」』)）]$/.test(line)

/** Japanese when the text has kana or kanji at all; interviews are either one or the other. */
export const detectLanguage = (text: string): 'ja' | 'en' =>
  /[\u3040-\u30ff\u3400-\u9fff]/.test(text) ? 'ja' : 'en'
