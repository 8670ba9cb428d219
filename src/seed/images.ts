/**
 * Demo artwork, drawn as SVG in code and rasterised locally with sharp: logos, hero images,
 * editorial illustrations and portraits. Nothing is downloaded and no font is needed (letters
 * are drawn with a small built-in stroke alphabet), so the pictures are identical on every machine.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { progress, prng, hash, SEED_CONTEXT, type SeedContext } from './util'

export type Localized = { ja: string; en: string }

export type ImageSpec = {
  /** Key the content modules use to find the uploaded image. */
  key: string
  /** Stable file name: the seed finds an earlier upload by it. */
  filename: string
  alt: Localized
  width: number
  height: number
  format: 'png' | 'webp'
  svg: () => string
}

// ---------------------------------------------------------------------------------------------
// Palettes
// ---------------------------------------------------------------------------------------------

export type Palette = { from: string; to: string; accent: string; soft: string; ink: string }

export const PALETTES = {
  indigo: { from: '#1f2a5c', to: '#3d4f9f', accent: '#f2b84b', soft: '#a9b8f0', ink: '#ffffff' },
  forest: { from: '#0f3d33', to: '#2f7a5f', accent: '#e9d67a', soft: '#9ed9bd', ink: '#ffffff' },
  sky: { from: '#0b5c8c', to: '#4fb3e0', accent: '#ffd166', soft: '#c6ecff', ink: '#ffffff' },
  amber: { from: '#7a3b0c', to: '#d98a2b', accent: '#fff1c9', soft: '#f6cf8f', ink: '#ffffff' },
  rose: { from: '#6b1f3a', to: '#c9566f', accent: '#ffd6a5', soft: '#f3b2c0', ink: '#ffffff' },
  teal: { from: '#0e4b50', to: '#2a9d8f', accent: '#f4a261', soft: '#a8e0d6', ink: '#ffffff' },
  plum: { from: '#3a1f5c', to: '#7b4fa8', accent: '#7fe0c8', soft: '#cdb5ef', ink: '#ffffff' },
  slate: { from: '#263238', to: '#546e7a', accent: '#ffb74d', soft: '#b0bec5', ink: '#ffffff' },
  moss: { from: '#3b4a1c', to: '#7f9a3a', accent: '#ffe08a', soft: '#d3e3a6', ink: '#ffffff' },
} satisfies Record<string, Palette>

export type PaletteName = keyof typeof PALETTES

const PALETTE_NAMES = Object.keys(PALETTES) as PaletteName[]

/** A palette chosen from a name, so every person keeps their colours between runs. */
export const paletteFor = (name: string): PaletteName => PALETTE_NAMES[hash(name) % PALETTE_NAMES.length]

// ---------------------------------------------------------------------------------------------
// A stroke alphabet (A–Z) on a 4 × 6 grid, drawn with round caps: no font files involved.
// ---------------------------------------------------------------------------------------------

const GLYPHS: Record<string, string> = {
  A: 'M0 6 L2 0 L4 6 M0.7 4 L3.3 4',
  B: 'M0 3 L2.5 3 Q3.8 3 3.8 4.5 Q3.8 6 2.5 6 L0 6 L0 0 L2.3 0 Q3.5 0 3.5 1.5 Q3.5 3 2.3 3',
  C: 'M4 1 Q3.2 0 2 0 Q0 0 0 3 Q0 6 2 6 Q3.2 6 4 5',
  D: 'M0 0 L0 6 L1.8 6 Q4 6 4 3 Q4 0 1.8 0 Z',
  E: 'M4 0 L0 0 L0 6 L4 6 M0 3 L3 3',
  F: 'M4 0 L0 0 L0 6 M0 3 L3 3',
  G: 'M4 1 Q3.2 0 2 0 Q0 0 0 3 Q0 6 2 6 Q4 6 4 3.6 L2.4 3.6',
  H: 'M0 0 L0 6 M4 0 L4 6 M0 3 L4 3',
  I: 'M2 0 L2 6 M1 0 L3 0 M1 6 L3 6',
  J: 'M3.5 0 L3.5 4.3 Q3.5 6 1.8 6 Q0.4 6 0 4.6',
  K: 'M0 0 L0 6 M4 0 L0 3.6 M1.3 2.6 L4 6',
  L: 'M0 0 L0 6 L4 6',
  M: 'M0 6 L0 0 L2 4 L4 0 L4 6',
  N: 'M0 6 L0 0 L4 6 L4 0',
  O: 'M2 0 Q0 0 0 3 Q0 6 2 6 Q4 6 4 3 Q4 0 2 0 Z',
  P: 'M0 6 L0 0 L2.5 0 Q4 0 4 1.6 Q4 3.2 2.5 3.2 L0 3.2',
  Q: 'M2 0 Q0 0 0 3 Q0 6 2 6 Q4 6 4 3 Q4 0 2 0 Z M2.6 4.4 L4 6',
  R: 'M0 6 L0 0 L2.5 0 Q4 0 4 1.6 Q4 3.2 2.5 3.2 L0 3.2 M2.2 3.2 L4 6',
  S: 'M3.8 0.9 Q3.2 0 2 0 Q0.2 0 0.2 1.5 Q0.2 2.8 2 3 Q3.8 3.2 3.8 4.5 Q3.8 6 2 6 Q0.6 6 0 5',
  T: 'M0 0 L4 0 M2 0 L2 6',
  U: 'M0 0 L0 4 Q0 6 2 6 Q4 6 4 4 L4 0',
  V: 'M0 0 L2 6 L4 0',
  W: 'M0 0 L1 6 L2 2.5 L3 6 L4 0',
  X: 'M0 0 L4 6 M4 0 L0 6',
  Y: 'M0 0 L2 3 L4 0 M2 3 L2 6',
  Z: 'M0 0 L4 0 L0 6 L4 6',
}

/**
 * Letters centred on (cx, cy), `height` pixels tall. Unknown characters are skipped.
 * The stroke is given in pixels.
 */
export const strokeText = (
  text: string,
  { cx, cy, height, stroke, color, spacing = 1.6 }: {
    cx: number
    cy: number
    height: number
    stroke: number
    color: string
    spacing?: number
  },
): string => {
  const letters = [...text.toUpperCase()].filter((c) => GLYPHS[c])
  if (!letters.length) return ''
  const scale = height / 6
  const advance = 4 + spacing
  const width = letters.length * 4 + (letters.length - 1) * spacing
  const x0 = cx - (width * scale) / 2
  const y0 = cy - height / 2
  const paths = letters
    .map((c, i) => `<path transform="translate(${(i * advance).toFixed(2)} 0)" d="${GLYPHS[c]}"/>`)
    .join('')
  return (
    `<g transform="translate(${x0.toFixed(2)} ${y0.toFixed(2)}) scale(${scale.toFixed(4)})" fill="none" ` +
    `stroke="${color}" stroke-width="${(stroke / scale).toFixed(4)}" stroke-linecap="round" stroke-linejoin="round">` +
    `${paths}</g>`
  )
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const svgOpen = (w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`

const gradient = (id: string, p: Palette, angle: 'diagonal' | 'vertical' = 'diagonal') =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${angle === 'diagonal' ? 1 : 0}" y2="1">` +
  `<stop offset="0" stop-color="${p.from}"/><stop offset="1" stop-color="${p.to}"/></linearGradient>`

export type PatternKind = 'dots' | 'lines' | 'grid' | 'rings'

const pattern = (id: string, kind: PatternKind, color: string) => {
  switch (kind) {
    case 'dots':
      return `<pattern id="${id}" width="28" height="28" patternUnits="userSpaceOnUse"><circle cx="4" cy="4" r="2.2" fill="${color}"/></pattern>`
    case 'lines':
      return `<pattern id="${id}" width="22" height="22" patternUnits="userSpaceOnUse" patternTransform="rotate(35)"><rect width="5" height="22" fill="${color}"/></pattern>`
    case 'grid':
      return `<pattern id="${id}" width="48" height="48" patternUnits="userSpaceOnUse"><path d="M48 0 L0 0 L0 48" fill="none" stroke="${color}" stroke-width="1.5"/></pattern>`
    case 'rings':
      return `<pattern id="${id}" width="60" height="60" patternUnits="userSpaceOnUse"><circle cx="30" cy="30" r="14" fill="none" stroke="${color}" stroke-width="2"/></pattern>`
  }
}

/** Abstract hero: gradient, a pattern, soft discs and flowing ribbons. */
export const heroSvg = ({
  width,
  height,
  palette,
  pattern: kind,
  seed,
}: {
  width: number
  height: number
  palette: PaletteName
  pattern: PatternKind
  seed: string
}): string => {
  const p = PALETTES[palette]
  const rand = prng(hash(seed))
  // Soft discs, then one small bright "sun" in the accent colour (translucent accent looks muddy).
  const discSpecs: [string, number, number][] = [
    [p.ink, 0.06, 0.46],
    [p.soft, 0.26, 0.34],
    [p.ink, 0.07, 0.3],
    [p.soft, 0.16, 0.22],
    [p.accent, 0.92, 0.075],
  ]
  const discs = discSpecs
    .map(([fill, opacity, size]) => {
      const r = size * height
      const cx = rand() * width
      const cy = (0.15 + rand() * 0.7) * height
      return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}" fill-opacity="${opacity}"/>`
    })
    .join('')
  const ribbons = Array.from({ length: 3 }, (_, i) => {
    const y = height * (0.3 + i * 0.2 + (rand() - 0.5) * 0.1)
    const amp = height * (0.12 + rand() * 0.12)
    const d = `M${-50} ${y.toFixed(1)} C ${(width * 0.3).toFixed(1)} ${(y - amp).toFixed(1)}, ${(width * 0.6).toFixed(1)} ${(y + amp).toFixed(1)}, ${(width + 50).toFixed(1)} ${(y - amp / 2).toFixed(1)}`
    return `<path d="${d}" fill="none" stroke="${i === 1 ? p.accent : p.ink}" stroke-opacity="${i === 1 ? 0.55 : 0.22}" stroke-width="${(height * (0.012 + i * 0.006)).toFixed(1)}" stroke-linecap="round"/>`
  }).join('')
  const ringX = width * (0.68 + rand() * 0.2)
  const ringY = height * (0.25 + rand() * 0.3)
  const rings = [0.1, 0.17, 0.24]
    .map(
      (f, i) =>
        `<circle cx="${ringX.toFixed(1)}" cy="${ringY.toFixed(1)}" r="${(height * f).toFixed(1)}" fill="none" stroke="${p.ink}" stroke-opacity="${(0.35 - i * 0.1).toFixed(2)}" stroke-width="3"/>`,
    )
    .join('')
  return (
    svgOpen(width, height) +
    `<defs>${gradient('bg', p)}${pattern('pat', kind, p.ink)}</defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>` +
    `<rect width="${width}" height="${height}" fill="url(#pat)" opacity="0.12"/>` +
    discs +
    rings +
    ribbons +
    `</svg>`
  )
}

/** A company logo: initials on a rounded square, with a motif behind them. */
export const logoSvg = ({
  initials,
  palette,
  motif,
}: {
  initials: string
  palette: PaletteName
  motif: 'gear' | 'waves' | 'horizon'
}): string => {
  const p = PALETTES[palette]
  const s = 512
  const motifs = {
    // a gear: a thick ring whose dashes read as teeth
    gear:
      `<circle cx="256" cy="256" r="172" fill="none" stroke="${p.accent}" stroke-opacity="0.9" stroke-width="34" stroke-dasharray="30 24"/>` +
      `<circle cx="256" cy="256" r="150" fill="${p.from}" fill-opacity="0.55"/>`,
    // sound waves (響き) spreading from the lower-left corner
    waves: [150, 250, 350, 450]
      .map(
        (r, i) =>
          `<circle cx="0" cy="512" r="${r}" fill="none" stroke="${p.accent}" stroke-opacity="${(0.55 - i * 0.12).toFixed(2)}" stroke-width="26"/>`,
      )
      .join(''),
    // a sun rising over a horizon (空)
    horizon:
      `<circle cx="256" cy="392" r="112" fill="${p.accent}"/>` +
      `<rect x="0" y="392" width="512" height="120" fill="${p.from}"/>` +
      `<path d="M0 392 L512 392" stroke="${p.ink}" stroke-width="10"/>` +
      `<path d="M150 440 L362 440 M200 476 L312 476" stroke="${p.soft}" stroke-opacity="0.6" stroke-width="8" stroke-linecap="round"/>`,
  }
  return (
    svgOpen(s, s) +
    `<defs>${gradient('bg', p)}<clipPath id="clip"><rect width="${s}" height="${s}" rx="96"/></clipPath></defs>` +
    `<g clip-path="url(#clip)"><rect width="${s}" height="${s}" fill="url(#bg)"/>${motifs[motif]}</g>` +
    strokeText(initials, { cx: 256, cy: motif === 'horizon' ? 168 : 256, height: motif === 'horizon' ? 140 : 150, stroke: 26, color: p.ink }) +
    `</svg>`
  )
}

/** A portrait placeholder: initials in a soft circle, for people who have not uploaded a photo. */
export const avatarSvg = ({ initials, palette }: { initials: string; palette: PaletteName }): string => {
  const p = PALETTES[palette]
  const s = 400
  return (
    svgOpen(s, s) +
    `<defs>${gradient('bg', p)}</defs>` +
    `<rect width="${s}" height="${s}" fill="url(#bg)"/>` +
    `<circle cx="330" cy="70" r="120" fill="${p.accent}" fill-opacity="0.28"/>` +
    `<circle cx="60" cy="360" r="110" fill="${p.soft}" fill-opacity="0.22"/>` +
    `<circle cx="200" cy="200" r="128" fill="none" stroke="${p.ink}" stroke-opacity="0.35" stroke-width="6"/>` +
    strokeText(initials, { cx: 200, cy: 200, height: 96, stroke: 16, color: p.ink, spacing: 1.8 }) +
    `</svg>`
  )
}

export type SceneKind = 'factory' | 'meetup' | 'grinding' | 'graduation'

/** Flat editorial illustrations for image blocks (captions say they are illustrations). */
export const sceneSvg = ({ kind, palette }: { kind: SceneKind; palette: PaletteName }): string => {
  const p = PALETTES[palette]
  const w = 1600
  const h = 1000
  const floor = `<rect y="760" width="${w}" height="240" fill="${p.from}" fill-opacity="0.55"/>`
  const gear = (cx: number, cy: number, r: number, color: string) =>
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${color}" stroke-width="${r * 0.35}" stroke-dasharray="${(r * 0.32).toFixed(1)} ${(r * 0.26).toFixed(1)}"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${r * 0.55}" fill="none" stroke="${color}" stroke-width="${r * 0.16}"/>`
  const person = (x: number, y: number, color: string, scale = 1) =>
    `<g transform="translate(${x} ${y}) scale(${scale})">` +
    `<circle cx="0" cy="-150" r="46" fill="${color}"/>` +
    `<path d="M -80 40 Q -80 -90 0 -90 Q 80 -90 80 40 Z" fill="${color}"/></g>`

  let body = ''
  switch (kind) {
    case 'factory': {
      const machines = [120, 520, 920]
        .map(
          (x, i) =>
            `<rect x="${x}" y="${420 - i * 30}" width="320" height="${340 + i * 30}" rx="28" fill="${p.ink}" fill-opacity="0.16"/>` +
            `<rect x="${x + 40}" y="${470 - i * 30}" width="240" height="110" rx="16" fill="${p.soft}" fill-opacity="0.55"/>` +
            `<circle cx="${x + 80}" cy="${650}" r="22" fill="${p.accent}"/>` +
            `<circle cx="${x + 150}" cy="${650}" r="22" fill="${p.ink}" fill-opacity="0.6"/>`,
        )
        .join('')
      const conveyor =
        `<rect x="60" y="790" width="1480" height="26" rx="13" fill="${p.ink}" fill-opacity="0.5"/>` +
        Array.from({ length: 9 }, (_, i) => `<rect x="${110 + i * 160}" y="742" width="56" height="48" rx="8" fill="${p.accent}" fill-opacity="0.85"/>`).join('')
      body = floor + machines + conveyor + gear(1380, 300, 120, p.accent) + gear(1240, 460, 70, p.soft)
      break
    }
    case 'meetup': {
      const colors = [p.accent, p.soft, p.ink, p.soft, p.accent, p.ink]
      const people = [260, 520, 780, 1040, 1300]
        .map((x, i) => person(x, 700 - (i % 2) * 30, colors[i], 1 + (i % 2) * 0.08))
        .join('')
      const bubbles =
        `<rect x="330" y="250" width="260" height="120" rx="40" fill="${p.ink}" fill-opacity="0.85"/>` +
        `<path d="M420 368 L400 420 L470 368 Z" fill="${p.ink}" fill-opacity="0.85"/>` +
        `<rect x="940" y="220" width="300" height="130" rx="44" fill="${p.accent}" fill-opacity="0.9"/>` +
        `<path d="M1060 348 L1050 410 L1110 348 Z" fill="${p.accent}" fill-opacity="0.9"/>` +
        [370, 410, 450, 490, 530].map((x) => `<circle cx="${x + 10}" cy="310" r="9" fill="${p.from}"/>`).join('')
      const table = `<ellipse cx="800" cy="800" rx="660" ry="90" fill="${p.from}" fill-opacity="0.7"/>`
      body = people + table + bubbles
      break
    }
    case 'grinding': {
      const sparks = Array.from({ length: 14 }, (_, i) => {
        const a = (-100 + i * 7) * (Math.PI / 180)
        const r0 = 250
        const r1 = 330 + (i % 4) * 60
        return `<path d="M ${(700 + r0 * Math.cos(a)).toFixed(1)} ${(520 + r0 * Math.sin(a)).toFixed(1)} L ${(700 + r1 * Math.cos(a)).toFixed(1)} ${(520 + r1 * Math.sin(a)).toFixed(1)}" stroke="${p.accent}" stroke-width="8" stroke-linecap="round" stroke-opacity="${(0.5 + (i % 3) * 0.2).toFixed(1)}"/>`
      }).join('')
      body =
        floor +
        `<circle cx="700" cy="520" r="230" fill="${p.ink}" fill-opacity="0.14"/>` +
        [220, 180, 140, 100].map((r, i) => `<circle cx="700" cy="520" r="${r}" fill="none" stroke="${p.ink}" stroke-opacity="${(0.6 - i * 0.1).toFixed(1)}" stroke-width="10" stroke-dasharray="${i % 2 ? '6 14' : '40 10'}"/>`).join('') +
        `<rect x="560" y="742" width="420" height="60" rx="10" fill="${p.soft}"/>` +
        sparks +
        gear(1320, 300, 110, p.soft)
      break
    }
    case 'graduation': {
      const confetti = Array.from({ length: 40 }, (_, i) => {
        const rand = prng(i * 97 + 13)
        const x = rand() * w
        const y = rand() * 600
        const c = [p.accent, p.soft, p.ink][i % 3]
        return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="18" height="8" rx="3" fill="${c}" fill-opacity="0.8" transform="rotate(${Math.round(rand() * 180)} ${x.toFixed(1)} ${y.toFixed(1)})"/>`
      }).join('')
      const certificate =
        `<rect x="560" y="330" width="480" height="330" rx="18" fill="${p.ink}" fill-opacity="0.92"/>` +
        `<rect x="600" y="370" width="400" height="250" rx="10" fill="none" stroke="${p.accent}" stroke-width="6"/>` +
        [430, 480, 530].map((y, i) => `<rect x="${660 + i * 20}" y="${y}" width="${280 - i * 40}" height="14" rx="7" fill="${p.from}" fill-opacity="0.5"/>`).join('') +
        `<circle cx="940" cy="580" r="30" fill="${p.accent}"/>`
      body = floor + confetti + person(330, 760, p.soft) + person(1270, 760, p.accent) + certificate
      break
    }
  }
  return (
    svgOpen(w, h) +
    `<defs>${gradient('bg', p, 'vertical')}${pattern('pat', 'dots', p.ink)}</defs>` +
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>` +
    `<rect width="${w}" height="${h}" fill="url(#pat)" opacity="0.08"/>` +
    body +
    `</svg>`
  )
}

// ---------------------------------------------------------------------------------------------
// Upload
// ---------------------------------------------------------------------------------------------

export const render = async (spec: ImageSpec): Promise<Buffer> => {
  const image = sharp(Buffer.from(spec.svg()), { density: 72 }).resize(spec.width, spec.height)
  return spec.format === 'png'
    ? image.png({ compressionLevel: 9, palette: false }).toBuffer()
    : image.webp({ quality: 82 }).toBuffer()
}

const staticDir = (ctx: SeedContext, collection: 'media' | 'alumni-photos' = 'media'): string => {
  const upload = ctx.payload.collections[collection].config.upload
  const dir = typeof upload === 'object' && upload.staticDir ? upload.staticDir : collection
  return path.resolve(process.cwd(), dir)
}

/**
 * Uploads an image once, found again by file name. If the database row exists but the file has
 * gone (a fresh checkout with an old database), the file is uploaded again in place.
 */
export const upsertImage = async (ctx: SeedContext, spec: ImageSpec): Promise<number> => {
  const { payload } = ctx
  const found = await payload.find({
    collection: 'media',
    where: { filename: { equals: spec.filename } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    locale: 'ja',
  })
  const existing = found.docs[0]
  const mimetype = spec.format === 'png' ? 'image/png' : 'image/webp'
  const fileMissing = !existing || !existsSync(path.join(staticDir(ctx), spec.filename))
  const file = fileMissing
    ? await render(spec).then((data) => ({ data, mimetype, name: spec.filename, size: data.length }))
    : undefined

  let id: number
  if (!existing) {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: spec.alt.ja },
      file,
      locale: 'ja',
      overwriteExistingFiles: true,
      overrideAccess: true,
      context: SEED_CONTEXT,
    })
    id = doc.id
  } else {
    id = existing.id
    if (file || existing.alt !== spec.alt.ja) {
      await payload.update({
        collection: 'media',
        id,
        data: { alt: spec.alt.ja },
        file,
        locale: 'ja',
        overwriteExistingFiles: true,
        overrideAccess: true,
        context: SEED_CONTEXT,
      })
    }
  }
  await payload.update({
    collection: 'media',
    id,
    data: { alt: spec.alt.en },
    locale: 'en',
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
  return id
}

/** Uploads every image, reporting progress; returns ids by key. */
export const seedImages = async (ctx: SeedContext, specs: ImageSpec[]): Promise<Record<string, number>> => {
  const keys = new Set<string>()
  for (const spec of specs) {
    if (keys.has(spec.key)) throw new Error(`duplicate image key ${spec.key}`)
    keys.add(spec.key)
  }
  const tick = progress(ctx.log, 'images', specs.length, 10)
  const ids: Record<string, number> = {}
  // A few at a time: sharp is fast, Payload's resize of the generated sizes dominates.
  const queue = [...specs]
  const worker = async () => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) {
      ids[spec.key] = await upsertImage(ctx, spec)
      tick()
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return ids
}

/** Deletes the public media whose file name starts with `prefix`, except those in `keep` (files included). */
export const removeImages = async (ctx: SeedContext, prefix: string, keep: ReadonlySet<string>): Promise<void> => {
  const { docs } = await ctx.payload.find({
    collection: 'media',
    where: { filename: { contains: prefix } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { filename: true },
  })
  for (const doc of docs) {
    if (doc.filename?.startsWith(prefix) && !keep.has(doc.filename)) {
      await ctx.payload.delete({ collection: 'media', id: doc.id, overrideAccess: true, context: SEED_CONTEXT })
    }
  }
}

/**
 * A member's profile photo (members-only `alumni-photos`), found again by file name and owned
 * by the alumnus. Rendered from the same spec as an interviewee's public portrait.
 */
export const upsertAlumniPhoto = async (ctx: SeedContext, spec: ImageSpec, owner: number): Promise<number> => {
  const { payload } = ctx
  const found = await payload.find({
    collection: 'alumni-photos',
    where: { filename: { equals: spec.filename } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const existing = found.docs[0]
  if (existing && existsSync(path.join(staticDir(ctx, 'alumni-photos'), spec.filename))) return existing.id
  const data = await render(spec)
  const file = { data, mimetype: 'image/png', name: spec.filename, size: data.length }
  const doc = existing
    ? await payload.update({ collection: 'alumni-photos', id: existing.id, data: { owner }, file, overwriteExistingFiles: true, overrideAccess: true, context: SEED_CONTEXT })
    : await payload.create({ collection: 'alumni-photos', data: { owner }, file, overwriteExistingFiles: true, overrideAccess: true, context: SEED_CONTEXT })
  return doc.id
}
