import type { ReactNode } from 'react'

import '../(frontend)/globals.css'

/** Root layout of the benchmark's reference pages (src/bench/baseline.tsx): nothing but the document. */
export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  )
}
