import { Alumni } from './Alumni'
import { Announcements } from './Announcements'
import { Companies } from './Companies'
import { Events } from './Events'
import { Interviews } from './Interviews'
import { Media } from './Media'
import { Registrations } from './Registrations'
import { Users } from './Users'

export const collections = [
  Interviews,
  Companies,
  Events,
  Announcements,
  Media,
  Alumni,
  Registrations,
  Users,
]
