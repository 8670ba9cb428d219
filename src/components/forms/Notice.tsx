/** The result of the last form sent on a page (from `?done=` or `?error=`), as a status or an alert. */
export function Notice({ done, error }: { done?: string | null; error?: string | null }) {
  if (error) {
    return (
      <p role="alert" className="mt-6 rounded-md border border-shu/40 bg-shu-soft/40 px-4 py-3 text-sm">
        {error}
      </p>
    )
  }
  if (!done) return null
  return (
    <p role="status" className="mt-6 rounded-md border border-ai/30 bg-ai/5 px-4 py-3 text-sm">
      {done}
    </p>
  )
}
