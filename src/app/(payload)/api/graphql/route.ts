/* Payload GraphQL API (generated shape, kept thin; forged cross-site requests are refused first, then bodies over their limits, unreadable bodies and documents asking too much are a 400). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withClientErrors } from '@/security/clientErrors'
import { limitBody } from '@/security/bodyLimits'
import { refuseCrossSite } from '@/security/crossSite'
import { limitGraphQL } from '@/security/graphqlLimits'

export const POST = refuseCrossSite(
  limitBody(config, 'graphql', withClientErrors(limitGraphQL(GRAPHQL_POST(config) as (request: Request) => Promise<Response>))),
)
export const OPTIONS = REST_OPTIONS(config)
