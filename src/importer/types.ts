/**
 * What the interview importer produces: interview data in the shape `payload.create` takes
 * (a draft of the `interviews` collection), and a report of how every line was read.
 */
import type { LexicalDocument } from '../lib/lexical'

export type ImportedBlock =
  | { blockType: 'question'; text: string }
  | { blockType: 'answer'; speaker: string; content: LexicalDocument }
  | { blockType: 'paragraph'; content: LexicalDocument }
  | { blockType: 'heading'; text: string }
  | { blockType: 'cta'; label: string; url: string }
  /** An image of a Word file: `source` indexes the source's images until it is stored as media. */
  | { blockType: 'image'; source: number; alt: string }

export type ImportedInterviewee = {
  name: string
  organization?: string
  role?: string
  isAlumni: boolean
}

/** Data for `payload.create({ collection: 'interviews', data, draft: true })`, minus slug and company. */
export type ImportedInterview = {
  title: string
  series?: string
  /** The date line of the text (its publication date), Tokyo midnight as an ISO timestamp. */
  publishedAt?: string
  /** A date line labelled as the interview date (取材日 / Interviewed). */
  interviewDate?: string
  lead: string
  interviewees: ImportedInterviewee[]
  body: ImportedBlock[]
  _status: 'draft'
}

/** What one input line became. Every non-empty line of the input gets exactly one entry. */
export type LineKind =
  | 'title'
  | 'date'
  | 'lead'
  | 'profile-marker'
  | 'interviewee'
  | 'question'
  | 'answer'
  | 'heading'
  | 'cta'
  | 'cta-url'
  /** An editor's note, a photo caption or a separator (a paragraph block of its own). */
  | 'note'
  | 'image'
  /** Narrative text between blocks (a paragraph block). */
  | 'paragraph'

export type RecognisedLine = {
  /** 1-based line number in the input. */
  line: number
  kind: LineKind
  text: string
  /** The speaker of an answer line. */
  speaker?: string
}

export type WarningCode =
  | 'no-date'
  | 'bad-date'
  | 'no-lead'
  | 'no-profile'
  | 'speaker-inferred'
  | 'unknown-speaker'
  | 'ambiguous-speaker'
  | 'unattributed'
  | 'cta-without-url'
  | 'silent-interviewee'
  | 'long-title'
  | 'no-interviewees'
  | 'no-questions'
  /** A line kept as a paragraph because nothing else fitted it. */
  | 'unplaced'
  /** An image stored with a placeholder alt text, to be described. */
  | 'image-alt'
  /** An image the media library cannot take (its type), kept as a line of text. */
  | 'image-format'

export type ImportWarning = {
  code: WarningCode
  line?: number
  /** The text the warning is about: a speaker label, a line, a name. */
  subject?: string
}

/** Only an empty text is refused: anything with words imports, with warnings. */
export type ErrorCode = 'empty'

export type ImportReport = {
  /** The language of the text, by its script: Japanese when it has kana or kanji. */
  language: 'ja' | 'en'
  /** The company named in the title marker (`【連載/会社】`), to match against companies. */
  companyHint?: string
  recognised: RecognisedLine[]
  /** Lines kept as narrative paragraphs because nothing else matched: for the editor to check. */
  fallbacks: RecognisedLine[]
  warnings: ImportWarning[]
  /** Problems that make the text unusable as an interview; nothing is created while there are any. */
  errors: ErrorCode[]
  counts: {
    interviewees: number
    questions: number
    answers: number
    paragraphs: number
    headings: number
    ctas: number
    images: number
  }
}

export type ParseResult = { interview: ImportedInterview; report: ImportReport }
