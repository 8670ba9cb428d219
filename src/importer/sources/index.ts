/**
 * A file an editor was sent → the source the parser reads, by its name: `.docx` (Word),
 * `.md` (Markdown), anything else plain text (UTF-8, a BOM is fine).
 */
import type { Source } from '../source'
import { textSource } from '../source'
import { docxSource } from './docx'
import { markdownSource } from './markdown'

export const FILE_TYPES = ['.txt', '.md', '.docx'] as const

export const readSource = async (fileName: string, data: Uint8Array): Promise<Source> => {
  const name = fileName.toLowerCase()
  if (name.endsWith('.docx')) return docxSource(data)
  const text = new TextDecoder('utf-8').decode(data)
  return name.endsWith('.md') || name.endsWith('.markdown') ? markdownSource(text) : textSource(text)
}
