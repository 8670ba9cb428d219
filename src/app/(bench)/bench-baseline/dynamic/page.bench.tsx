import { BaselineArticle } from '@/bench/baseline'

/** Benchmark reference: the case study rendered from the database on every request. */
export const dynamic = 'force-dynamic'

export default BaselineArticle
