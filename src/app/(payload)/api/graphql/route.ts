/* Payload GraphQL API (generated shape, kept thin; forged cross-site requests are refused first, unreadable bodies and requests for too many top-level fields are a 400). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withClientErrors } from '@/lib/clientErrors'
import { refuseCrossSite } from '@/security/crossSite'
import { limitGraphQLFields } from '@/security/graphqlLimits'

export const POST = refuseCrossSite(withClientErrors(limitGraphQLFields(GRAPHQL_POST(config) as (request: Request) => Promise<Response>)))
export const OPTIONS = REST_OPTIONS(config)
