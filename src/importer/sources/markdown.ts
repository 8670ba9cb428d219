/**
 * A Markdown file (.md) → source lines: the text as it is, with a line that is bold throughout
 * (`**…**`, `__…__`) marked bold — a question, as in a Word file — and bold or italic marks
 * inside lines taken off. Headings (`## …`) are read by the parser itself. Images (`![alt](…)`)
 * point at files the importer does not have: they stay lines of text, with a warning.
 */
import { type Source, textSource } from '../source'

const WHOLE_BOLD = /^(\s*)(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/
const IMAGE = /^\s*!\[([^\]]*)\]\(([^)]*)\)\s*$/

export const markdownSource = (text: string): Source => {
  const source = textSource(text)
  // The title may be written as a Markdown heading.
  const first = source.lines.findIndex((line) => line.text.trim())
  source.lines = source.lines.map((line, i) => {
    if (i === first) return { text: line.text.replace(/^\s*#{1,6}\s+/, '') }
    const image = IMAGE.exec(line.text)
    if (image) {
      source.notes.push({ line: i + 1, code: 'image-format', subject: image[2] })
      return { text: `［${image[1] || image[2]}］` }
    }
    const bold = WHOLE_BOLD.exec(line.text)
    const plain = (bold ? bold[2] : line.text).replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    return bold ? { text: plain, bold: true } : { text: plain }
  })
  return source
}
