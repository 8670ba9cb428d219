import { BaselineArticle } from '@/bench/baseline'

/** Benchmark reference: the case study rendered once at build time and served as a prerendered page. */
export const dynamic = 'force-static'

export default BaselineArticle
