import { cookies, draftMode } from 'next/headers'

import { type PreviewCollection, type PreviewGrant, verifyPreviewToken } from './token'

/** Holds the preview token while draft mode is on: which one document may be shown as a draft. */
export const PREVIEW_COOKIE = 'enishi_preview'

/**
 * The document this request may show as a draft, or null. Both Next's draft mode (which also
 * keeps the render out of the page cache) and a valid token for this collection are needed:
 * draft mode alone opens no draft. Outside draft mode no cookie is read, so cached pages
 * stay static.
 */
export const previewGrant = async (collection: PreviewCollection): Promise<PreviewGrant | null> => {
  if (!(await draftMode()).isEnabled) return null
  const grant = verifyPreviewToken((await cookies()).get(PREVIEW_COOKIE)?.value)
  return grant?.collection === collection ? grant : null
}
