import type { Segment } from '@/search/highlight'

/** Text with the parts that matched the query in `<mark>`. */
export function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className="rounded-sm bg-shu-soft px-0.5 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  )
}
