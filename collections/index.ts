import { AccountDeletions } from './AccountDeletions'
import { Alumni } from './Alumni'
import { AlumniPhotos } from './AlumniPhotos'
import { AnnouncementMailings } from './AnnouncementMailings'
import { Announcements } from './Announcements'
import { Companies } from './Companies'
import { Events } from './Events'
import { Interviews } from './Interviews'
import { Media } from './Media'
import { MemberActivity } from './MemberActivity'
import { MemberUpdates } from './MemberUpdates'
import { Opportunities } from './Opportunities'
import { OpportunityInterests } from './OpportunityInterests'
import { Registrations } from './Registrations'
import { Roster } from './Roster'
import { UpdateImages } from './UpdateImages'
import { UpdateReactions } from './UpdateReactions'
import { UpdateReports } from './UpdateReports'
import { Users } from './Users'

export const collections = [
  Interviews,
  Companies,
  Events,
  Announcements,
  AnnouncementMailings,
  Media,
  Alumni,
  AlumniPhotos,
  Registrations,
  Roster,
  MemberActivity,
  AccountDeletions,
  Opportunities,
  OpportunityInterests,
  MemberUpdates,
  UpdateImages,
  UpdateReactions,
  UpdateReports,
  Users,
]
