import type { Interview } from '../../../payload-types'
import type { Localized, PaletteName, PatternKind, SceneKind } from '../images'
import { richText, type LexicalDocument } from '../../lib/lexical'

/** An interview body block as the seed writes it: images are referred to by media key. */
export type SeedBlock =
  | { blockType: 'question'; text: string }
  | { blockType: 'answer'; speaker: string; content: LexicalDocument }
  | { blockType: 'paragraph'; content: LexicalDocument }
  | { blockType: 'heading'; text: string }
  | { blockType: 'quote'; text: string; speaker?: string }
  | { blockType: 'image'; image: string; caption?: string }
  | { blockType: 'cta'; label: string; url: string; description?: string }

export const q = (text: string): SeedBlock => ({ blockType: 'question', text })
/** An answer; `speaker` must be the exact name of one interviewee in the same locale. */
export const a = (speaker: string, text: string): SeedBlock => ({ blockType: 'answer', speaker, content: richText(text) })
export const p = (text: string): SeedBlock => ({ blockType: 'paragraph', content: richText(text) })
export const h = (text: string): SeedBlock => ({ blockType: 'heading', text })
export const quote = (text: string, speaker?: string): SeedBlock => ({ blockType: 'quote', text, speaker })
export const image = (key: string, caption?: string): SeedBlock => ({ blockType: 'image', image: key, caption })
export const cta = (label: string, url: string, description?: string): SeedBlock => ({ blockType: 'cta', label, url, description })

export type PersonText = { name: string; organization: string; role: string }

export type IntervieweeSeed = {
  ja: PersonText
  en?: PersonText
  isAlumni: boolean
  /** Link to a seeded alumnus (by email). */
  alumnusEmail?: string
  /** Media key of the portrait. */
  photo?: string
}

export type InterviewText = {
  title: string
  series: string
  lead: string
  body: SeedBlock[]
}

export type InterviewSeed = {
  slug: string
  company: string
  publishedDaysAgo: number
  interviewDaysAgo: number
  tags: string[]
  hero: { palette: PaletteName; pattern: PatternKind; alt: Localized }
  scene: { kind: SceneKind; palette: PaletteName; alt: Localized }
  interviewees: IntervieweeSeed[]
  ja: InterviewText
  /** A full English version (title, lead, series, interviewees and body). */
  en?: InterviewText
}

export const SERIES = { ja: 'アルムナイ企業事例', en: 'Corporate Alumni Case Studies' } as const

/** Replace media keys by ids. */
export const resolveBody = (body: SeedBlock[], media: Record<string, number>): Interview['body'] =>
  body.map((block) => {
    if (block.blockType !== 'image') return block
    const id = media[block.image]
    if (id === undefined) throw new Error(`unknown image ${block.image}`)
    return { ...block, image: id }
  })

/** The reading text of a body (for length checks). */
export const bodyText = (body: SeedBlock[]): string =>
  body
    .map((block) => {
      switch (block.blockType) {
        case 'answer':
        case 'paragraph':
          return block.content.root.children
            .map((n) =>
              n.type === 'list'
                ? n.children.map((item) => item.children.map((t) => t.text).join('')).join('')
                : n.children.map((t) => t.text).join(''),
            )
            .join('')
        case 'image':
          return block.caption ?? ''
        case 'cta':
          return ''
        default:
          return block.text
      }
    })
    .join('')
