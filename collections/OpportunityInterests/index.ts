import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isApprovedAlumnus, isStaff, staffField, staffOnly } from '@/access'
import { approvedAlumniOnly, readInterests, staffOrOwn } from '@/access/collaboration'
import { notFound, refuse } from '@/collaboration/errors'
import { notifyPosterOfInterest } from '@/collaboration/interestMail'
import { isOpen } from '@/collaboration/opportunityState'
import { authorField, cleanText } from '@/collaboration/fields'
import { l } from '@/lib/label'
import type { Opportunity } from '@/payload-types'
import { recordActivityOnCreate } from '@/dashboard/activity'

/**
 * An alumnus may say they are interested in an opportunity they can see that is still open and
 * that they did not post themselves. The poster is copied onto the interest so that the read
 * rule ("the poster and staff") is a plain column comparison.
 */
const checkInterest: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const id = typeof data.opportunity === 'object' && data.opportunity ? data.opportunity.id : data.opportunity
  if (!id) return refuse(req, 'opportunity-interests', 'opportunity', 'Choose an opportunity.')
  // With the requester's own rights: a hidden or unknown opportunity is "not found".
  const opportunity: Pick<Opportunity, 'status' | 'deadline' | 'alumnus'> | null = await req.payload.findByID({
      collection: 'opportunities',
      id,
      depth: 0,
      req,
      overrideAccess: !req.user || isStaff(req.user),
      user: req.user,
      select: { status: true, deadline: true, alumnus: true },
      disableErrors: true,
    })
  if (!opportunity) return notFound(req)
  if (!isOpen(opportunity)) return refuse(req, 'opportunity-interests', 'opportunity', 'This opportunity is closed.')
  const poster = typeof opportunity.alumnus === 'object' ? opportunity.alumnus?.id : opportunity.alumnus
  if (isApprovedAlumnus(req.user) && poster === req.user?.id) return refuse(req, 'opportunity-interests', 'opportunity', 'This is your own opportunity.')
  return { ...data, posterAlumnus: poster ?? null }
}

export const OpportunityInterests: CollectionConfig = {
  slug: 'opportunity-interests',
  labels: { singular: l('興味あり', 'Interest'), plural: l('興味あり', 'Interests') },
  admin: {
    group: l('コミュニティ', 'Community'),
    defaultColumns: ['opportunity', 'alumnus', 'message', 'createdAt'],
    hidden: ({ user }) => !isStaff(user),
  },
  access: {
    read: readInterests,
    create: approvedAlumniOnly,
    update: staffOnly,
    // The interested person may withdraw; staff moderate.
    delete: staffOrOwn('alumnus'),
  },
  // One interest per alumnus per opportunity, enforced by the database.
  indexes: [{ fields: ['opportunity', 'alumnus'], unique: true }],
  hooks: { beforeChange: [checkInterest], afterChange: [notifyPosterOfInterest, recordActivityOnCreate] },
  fields: [
    {
      name: 'opportunity',
      type: 'relationship',
      relationTo: 'opportunities',
      required: true,
      index: true,
      label: l('協業募集', 'Opportunity'),
      access: { update: staffField },
    },
    { ...authorField('alumnus', l('興味ありの人', 'Interested alumnus')), required: true } as ReturnType<typeof authorField>,
    {
      name: 'posterAlumnus',
      type: 'relationship',
      relationTo: 'alumni',
      index: true,
      label: l('募集した人', 'Poster'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'message', type: 'textarea', maxLength: 1000, label: l('ひとこと', 'Message'), hooks: cleanText },
  ],
}
