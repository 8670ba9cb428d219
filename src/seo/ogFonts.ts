import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Noto Sans JP (bold) for Open Graph images, from the @fontsource package. The font comes in
 * ~120 unicode-range subsets; an image loads only the few that cover its own text (a title
 * needs a handful of small files, not the whole font: docs/performance.md#fonts), as WOFF — the image renderer reads
 * TTF, OTF and WOFF, not WOFF2. Files are read from node_modules at render time and kept.
 * The renderer does not fall back between fonts of one name, so each subset gets its own name
 * and the image names them all as its font family, in order.
 */
const PACKAGE = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-jp')
const WEIGHT = 700

type Subset = { file: string; ranges: [number, number][] }

let subsets: Promise<Subset[]> | undefined

/** The subsets and their code point ranges, from the package's stylesheet. */
const readSubsets = async (): Promise<Subset[]> => {
  const css = await readFile(path.join(PACKAGE, `${WEIGHT}.css`), 'utf8')
  return css.split('@font-face').flatMap((block) => {
    const file = /url\(\.\/files\/([\w-]+\.woff)\)/.exec(block)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]
    if (!file || !range) return []
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(from, 16), parseInt(to, 16)]
    })
    return [{ file, ranges }]
  })
}

const files = new Map<string, Promise<Buffer>>()
const readFont = (file: string): Promise<Buffer> => {
  if (!files.has(file)) files.set(file, readFile(path.join(PACKAGE, 'files', file)))
  return files.get(file)!
}

/** The fonts an image needs to draw `text` (one per subset it uses), and the font family naming them. */
export const fontsFor = async (text: string) => {
  subsets ??= readSubsets()
  const all = await subsets
  const needed = new Set<Subset>()
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!
    const subset = all.find((s) => s.ranges.some(([from, to]) => code >= from && code <= to))
    if (subset) needed.add(subset)
  }
  const fonts = await Promise.all(
    [...needed].map(async (subset) => ({
      name: `Noto Sans JP ${subset.file}`,
      data: await readFont(subset.file),
      weight: WEIGHT as 700,
      style: 'normal' as const,
    })),
  )
  return { fonts, family: fonts.map((font) => `"${font.name}"`).join(', ') }
}
