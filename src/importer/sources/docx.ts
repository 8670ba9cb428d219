/**
 * A Word file (.docx) → source lines, with mammoth (docs/decisions.md): each paragraph a line of
 * its own, a paragraph in bold throughout marked bold (transcripts set their questions in bold),
 * Word headings marked as headings, list items led by `・`, and each image a line of its own
 * pointing at the image's bytes — the import stores it as media with an alt text to fill in.
 * Images the media library cannot take (EMF, GIF, …) stay a line of text, with a warning.
 */
import mammoth from 'mammoth'

import type { Source, SourceImage, SourceLine } from '../source'

const MEDIA_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/avif': 'avif' }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }
const decode = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39|nbsp|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) =>
    ENTITIES[name] ?? String.fromCodePoint(Number(name.startsWith('#x') ? `0${name.slice(1)}` : name.slice(1))),
  )
const textOf = (html: string) => decode(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, ''))

/** The text outside `<strong>` is blank while the text inside is not: a bold paragraph. */
const allBold = (html: string) => /<strong>/.test(html) && !textOf(html.replace(/<strong>[\s\S]*?<\/strong>/g, '')).trim()

const IMAGE = /<img [^>]*src="image:(\d+)"[^>]*>/g

export const docxSource = async (data: Uint8Array): Promise<Source> => {
  const found: { contentType: string; data: Uint8Array; alt?: string }[] = []
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(data) },
    {
      convertImage: mammoth.images.imgElement(async (image) => {
        const bytes = await image.readAsBuffer()
        const alt = (image as { altText?: string }).altText?.trim()
        found.push({ contentType: image.contentType, data: new Uint8Array(bytes), ...(alt ? { alt } : {}) })
        return { src: `image:${found.length - 1}` }
      }),
    },
  )

  const source: Source = { lines: [], images: [], notes: [] }
  const add = (line: SourceLine) => source.lines.push({ ...line, alone: true })
  const addImage = (index: number) => {
    const image = found[index]
    const n = index + 1
    const type = MEDIA_TYPES[image.contentType]
    if (!type) {
      const name = `image-${n} (${image.contentType})`
      add({ text: `［${image.alt ?? name}］` })
      source.notes.push({ line: source.lines.length, code: 'image-format', subject: name })
      return
    }
    const stored: SourceImage = { name: `interview-image-${n}.${type}`, contentType: image.contentType, data: image.data, ...(image.alt ? { alt: image.alt } : {}) }
    source.images.push(stored)
    add({ text: image.alt ?? stored.name, image: source.images.length - 1 })
  }

  // mammoth writes flat HTML: <h1>…<p>…<ul><li>…<table><tr><td><p>… — read it block by block.
  for (const [, tag, inner] of html.matchAll(/<(h[1-6]|p|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
    // Text and images in the order they stand in the paragraph.
    const parts = inner.split(IMAGE)
    parts.forEach((part, k) => {
      if (k % 2 === 1) return addImage(Number(part))
      const text = textOf(part).trim()
      if (!text) return
      if (tag === 'li') add({ text: `・${text}` })
      else add({ text, ...(tag.startsWith('h') ? { heading: true } : {}), ...(tag === 'p' && allBold(part) ? { bold: true } : {}) })
    })
  }
  return source
}
