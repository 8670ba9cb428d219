/**
 * The lines of a transcript and what each one looks like on its own. Whether a line that looks
 * like an answer really is one (its speaker must be an interviewee) is decided in parse.ts.
 */

export type Line = { no: number; text: string }

/** Non-empty lines grouped by the blank lines between them (one group ≈ one paragraph). */
export type Group = Line[]

// Full-width spaces (U+3000) count as spaces: editors indent Japanese text with them.
const trim = (text: string) => text.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '')

export const toGroups = (text: string): Group[] => {
  const groups: Group[] = []
  let current: Group = []
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      const line = trim(raw)
      if (line) {
        current.push({ no: i + 1, text: line })
      } else if (current.length) {
        groups.push(current)
        current = []
      }
    })
  if (current.length) groups.push(current)
  return groups
}

/**
 * A question: a line led by a dash — `——`, `―`, `―――`, `ー`, `－`, `—` (one or more) or at
 * least two ASCII hyphens (a single `- ` starts a list item, not a question).
 */
const QUESTION = /^(?:[—―ー－‐─]+|-{2,})\s*(\S.*)$/

export const questionText = (line: string): string | null => {
  const text = QUESTION.exec(line)?.[1]
  // A line of dashes only is a separator, not a question.
  return text && !/^[—―ー－‐─\-\s]+$/.test(text) ? text : null
}

/** `>>label`, `>> label https://…`, `＞＞label` or `≫label`: a call-to-action link line. */
const CTA = /^(?:>>|＞＞|≫)\s*(.*)$/
const URL_IN_LINE = /https?:\/\/[^\s<>"'）)」]+/

export const ctaLine = (line: string): { label: string; url: string } | null => {
  const match = CTA.exec(line)
  if (!match) return null
  const url = URL_IN_LINE.exec(match[1])?.[0] ?? ''
  const label = trim(match[1].replace(url, '')).replace(/[\s:：→\-–—]+$/, '')
  return { label: label || url, url }
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
    const text = pattern.exec(line)?.[1]
    if (text) return trim(text)
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

/** An editor's note, not something said: `※…`, or a whole line in parentheses `（取材・文：…）`. */
export const isNote = (line: string): boolean => /^[※＊*]/.test(line) || /^[（(].*[）)]$/.test(line)

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
  if (/[。、．，！？!?.,「」()（）]/.test(label)) return null
  return { label: trim(label), text }
}

/** Lines that start something of their own: a group is split before each of them. */
export const opensBlock = (line: string): boolean =>
  questionText(line) !== null || ctaLine(line) !== null || markedHeading(line) !== null || isProfileMarker(line)

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
