/**
 * What the parser reads: lines of text, with what a Word or Markdown file says about them that
 * plain text cannot (a bold line, a heading style, an image), and the images themselves. A pasted
 * text is a source of plain lines; src/importer/sources/ turns files into sources.
 */

export type SourceLine = {
  text: string
  /** The whole line is bold: in a transcript that is a question (or a heading above one). */
  bold?: boolean
  /** A heading style in the file. */
  heading?: boolean
  /** The line stands for the image `images[image]`; its text is the image's description. */
  image?: number
  /** A paragraph of its own (Word paragraphs are not separated by blank lines). */
  alone?: boolean
}

export type SourceImage = {
  /** A file name for the media library, e.g. `interview-image-1.png`. */
  name: string
  contentType: string
  data: Uint8Array
  /** The description the file gives the image, if any. */
  alt?: string
}

export type Source = {
  lines: SourceLine[]
  images: SourceImage[]
  /** Things the conversion could not keep as they were (an image of an unusable type, …). */
  notes: { line: number; code: 'image-format'; subject: string }[]
}

export const textSource = (text: string): Source => ({
  lines: text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => ({ text: line })),
  images: [],
  notes: [],
})
