/**
 * Plain text → Lexical editor state, in the shape Payload's lexical editor stores. Shared by
 * the demo content (src/seed) and the interview importer (src/importer).
 *
 * The seed writes rich text as light markdown-like strings (`richText`):
 *   - blocks are separated by a blank line
 *   - `## Heading` / `### Heading` start a heading
 *   - a block whose lines all start with `- ` is a bullet list
 *   - `**bold**` inside a line is bold text
 * Everything else is a paragraph (the lines of one block are joined: Japanese has no spaces
 * between lines, English lines are joined with a space).
 */

export type LexicalText = {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

type ElementBase = {
  direction: 'ltr'
  format: ''
  indent: number
  version: 1
}

export type LexicalParagraph = ElementBase & {
  type: 'paragraph'
  textFormat: number
  textStyle: ''
  children: LexicalText[]
}

export type LexicalHeading = ElementBase & {
  type: 'heading'
  tag: 'h2' | 'h3'
  children: LexicalText[]
}

export type LexicalListItem = ElementBase & {
  type: 'listitem'
  value: number
  children: LexicalText[]
}

export type LexicalList = ElementBase & {
  type: 'list'
  listType: 'bullet' | 'number'
  start: 1
  tag: 'ul' | 'ol'
  children: LexicalListItem[]
}

export type LexicalBlockNode = LexicalParagraph | LexicalHeading | LexicalList

export type LexicalDocument = {
  root: ElementBase & { type: 'root'; children: LexicalBlockNode[] }
}

const FORMAT_BOLD = 1

const element = (): ElementBase => ({ direction: 'ltr', format: '', indent: 0, version: 1 })

export const textNode = (text: string, format = 0): LexicalText => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** `a **b** c` → three text nodes, the middle one bold. */
export const inline = (line: string): LexicalText[] =>
  line
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4
        ? textNode(part.slice(2, -2), FORMAT_BOLD)
        : textNode(part),
    )

export const paragraph = (line: string): LexicalParagraph => {
  const children = inline(line)
  return { ...element(), type: 'paragraph', textFormat: children[0]?.format ?? 0, textStyle: '', children }
}

/** A paragraph holding `text` verbatim: no markup is interpreted, so imported text is never altered. */
export const plainParagraph = (text: string): LexicalParagraph => ({
  ...element(),
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: [textNode(text)],
})

export const heading = (text: string, tag: 'h2' | 'h3' = 'h2'): LexicalHeading => ({
  ...element(),
  type: 'heading',
  tag,
  children: inline(text),
})

export const bulletList = (items: string[]): LexicalList => ({
  ...element(),
  type: 'list',
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  children: items.map((item, i) => ({ ...element(), type: 'listitem', value: i + 1, children: inline(item) })),
})

export const lexicalDocument = (children: LexicalBlockNode[]): LexicalDocument => ({
  root: { ...element(), type: 'root', children },
})

/** Joins the lines of one block: no separator between CJK characters, a space otherwise. */
export const joinLines = (lines: string[]): string =>
  lines.reduce((acc, line) => {
    if (!acc) return line
    const cjk = /[\u3000-\u9fff\uff00-\uffef]$/.test(acc) || /^[\u3000-\u9fff\uff00-\uffef]/.test(line)
    return cjk ? acc + line : `${acc} ${line}`
  }, '')

/** Light markdown (see the top of this file) → a Lexical document. */
export const richText = (source: string): LexicalDocument => {
  const blocks = source
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)

  return lexicalDocument(
    blocks.map((lines): LexicalBlockNode => {
      const first = lines[0]
      if (lines.length === 1 && first.startsWith('### ')) return heading(first.slice(4), 'h3')
      if (lines.length === 1 && first.startsWith('## ')) return heading(first.slice(3), 'h2')
      if (lines.every((line) => line.startsWith('- '))) return bulletList(lines.map((line) => line.slice(2)))
      return paragraph(joinLines(lines))
    }),
  )
}

/** The plain text of a document (for counting and checks). */
export const plainText = (doc: LexicalDocument): string =>
  doc.root.children
    .map((node) =>
      node.type === 'list'
        ? node.children.map((item) => item.children.map((t) => t.text).join('')).join('\n')
        : node.children.map((t) => t.text).join(''),
    )
    .join('\n')
