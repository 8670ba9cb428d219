/* Payload GraphQL API (generated shape, kept thin; forged cross-site requests are refused first). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refuseCrossSite } from '@/security/crossSite'

export const POST = refuseCrossSite(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
