import type { DirectoryPhoto } from '@/data/directory'

type Props = {
  photo: DirectoryPhoto | number | null | undefined
  name: string
  /** Rendered width in CSS pixels (the photo is square). */
  size: number
  className?: string
}

/**
 * A member's profile photo, or their initial when there is none.
 *
 * A plain <img> of Payload's file URL, not next/image: `alumni-photos` are members-only and
 * Payload checks the session cookie on every file request, which the browser sends for this
 * same-origin URL. The image optimizer would fetch the file itself, without the cookie, and be
 * refused. The sizes sharp rendered (160 and 480 px squares) become the srcset instead.
 */
export function AlumniPhoto({ photo, name, size, className = '' }: Props) {
  const sources = typeof photo === 'object' && photo ? photoSources(photo) : []
  const frame = `shrink-0 rounded-full ${className}`
  if (!sources.length) {
    return (
      <span
        aria-hidden="true"
        style={{ width: size, height: size, fontSize: size * 0.4 }}
        className={`${frame} inline-flex items-center justify-center bg-ai/10 font-bold text-ai`}
      >
        {Array.from(name.trim())[0] ?? ''}
      </span>
    )
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- members-only file: see above.
    <img
      src={sources[0].url}
      srcSet={sources.map((source) => `${source.url} ${source.width}w`).join(', ')}
      sizes={`${size}px`}
      width={size}
      height={size}
      // The name is next to the photo: the photo adds nothing for a screen reader.
      alt=""
      loading="lazy"
      decoding="async"
      className={`${frame} bg-line object-cover`}
    />
  )
}

type Source = { url: string; width: number }

/**
 * Payload prefixes file URLs with the configured server URL. The path alone keeps the request
 * on whichever origin the member is signed in to, so the cookie always goes along.
 */
const samePath = (url: string) => url.replace(/^https?:\/\/[^/]+(?=\/api\/alumni-photos\/file\/)/, '')

/** The rendered sizes, smallest first, then the original if nothing was rendered. */
const photoSources = (photo: DirectoryPhoto): Source[] => {
  const sizes = [photo.sizes?.thumbnail, photo.sizes?.profile]
    .filter((size): size is { url: string; width: number } => Boolean(size?.url && size.width))
    .map(({ url, width }) => ({ url: samePath(url), width }))
  if (sizes.length) return sizes
  return photo.url && photo.width ? [{ url: samePath(photo.url), width: photo.width }] : []
}
