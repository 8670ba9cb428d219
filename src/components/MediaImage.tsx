import { getImageProps } from 'next/image'
import { preload as preloadResource } from 'react-dom'

import type { Media } from '@/payload-types'

type Props = {
  media: Media | number | null | undefined
  sizes: string
  /**
   * The widest the image is ever drawn, in CSS pixels; the source handed to the optimizer is the
   * smallest size sharp generated on upload that still covers it at 2× (collections/Media).
   */
  maxWidth: number
  className?: string
  preload?: boolean
  /** Overrides the stored alt text, e.g. '' for a decorative logo next to the company name. */
  alt?: string
}

const GENERATED = ['thumbnail', 'card', 'hero'] as const

/**
 * The smallest generated size at least `width` wide, else the largest generated one (sharp never
 * enlarges, so a missing size means a small original), else the original.
 */
const sourceFor = (media: Media, width: number) => {
  const generated = GENERATED.map((name) => media.sizes?.[name]).filter(
    (size): size is { url: string; width: number; height: number } => Boolean(size?.url && size.width && size.height),
  )
  const chosen = generated.find((size) => size.width >= width) ?? generated.at(-1)
  const { url, ...dimensions } = chosen ?? { url: media.url!, width: media.width!, height: media.height! }
  return { url: samePath(url), ...dimensions }
}

/** Payload prefixes generated sizes with the server URL; the optimizer takes same-origin paths only (next.config). */
const samePath = (url: string) => url.replace(/^https?:\/\/[^/]+(?=\/api\/media\/file\/)/, '')

/**
 * An uploaded image as a responsive AVIF/WebP `<img>` from next/image's optimizer
 * (next.config `images`). `getImageProps` renders it on the server: next/image's client
 * component would add JavaScript to every page for nothing these pages use (docs/performance.md).
 * Width and height are always set, so the page does not shift when it loads.
 */
export function MediaImage({ media, sizes, maxWidth, className, preload, alt }: Props) {
  if (!media || typeof media === 'number' || !media.url || !media.width || !media.height) return null
  const source = sourceFor(media, maxWidth * 2)
  const { props } = getImageProps({
    src: source.url,
    alt: alt ?? media.alt,
    width: source.width,
    height: source.height,
    sizes,
    preload,
    className,
  })
  if (preload) {
    // The largest image above the fold: fetched from the document's head, before layout.
    preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' })
  }
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own markup (alt included), rendered on the server.
  return <img {...props} fetchPriority={preload ? 'high' : undefined} />
}
