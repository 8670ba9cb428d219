import { notFound } from 'next/navigation'

/** Any path the site does not know answers a real 404 with the localized page. */
export default function CatchAll() {
  notFound()
}
