import Image from 'next/image'

import type { Media } from '@/payload-types'

type Props = {
  media: Media | number | null | undefined
  sizes: string
  className?: string
  preload?: boolean
  /** Overrides the stored alt text, e.g. '' for a decorative logo next to the company name. */
  alt?: string
}

/** An uploaded image through next/image; renders nothing for an unpopulated or missing upload. */
export function MediaImage({ media, sizes, className, preload, alt }: Props) {
  if (!media || typeof media === 'number' || !media.url || !media.width || !media.height) return null
  return (
    <Image
      src={media.url}
      alt={alt ?? media.alt}
      width={media.width}
      height={media.height}
      sizes={sizes}
      preload={preload}
      className={className}
    />
  )
}
