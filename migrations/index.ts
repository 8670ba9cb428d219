import * as migration_20261124_065122_initial from './20261124_065122_initial';
import * as migration_20261124_074109_membership from './20261124_074109_membership';
import * as migration_20261124_082637_directory_search from './20261124_082637_directory_search';
import * as migration_20261124_101849_seo from './20261124_101849_seo';
import * as migration_20261124_121246_events_and_announcements from './20261124_121246_events_and_announcements';
import * as migration_20261124_132819_directory_partial_grams from './20261124_132819_directory_partial_grams';
import * as migration_20261124_144128_collaboration_and_dashboard from './20261124_144128_collaboration_and_dashboard';
import * as migration_20261124_184556_directory_line_start_tags from './20261124_184556_directory_line_start_tags';
import * as migration_20261208_005000_feedback_form from './20261208_005000_feedback_form';

export const migrations = [
  {
    up: migration_20261124_065122_initial.up,
    down: migration_20261124_065122_initial.down,
    name: '20261124_065122_initial',
  },
  {
    up: migration_20261124_074109_membership.up,
    down: migration_20261124_074109_membership.down,
    name: '20261124_074109_membership',
  },
  {
    up: migration_20261124_082637_directory_search.up,
    down: migration_20261124_082637_directory_search.down,
    name: '20261124_082637_directory_search',
  },
  {
    up: migration_20261124_101849_seo.up,
    down: migration_20261124_101849_seo.down,
    name: '20261124_101849_seo',
  },
  {
    up: migration_20261124_121246_events_and_announcements.up,
    down: migration_20261124_121246_events_and_announcements.down,
    name: '20261124_121246_events_and_announcements',
  },
  {
    up: migration_20261124_132819_directory_partial_grams.up,
    down: migration_20261124_132819_directory_partial_grams.down,
    name: '20261124_132819_directory_partial_grams',
  },
  {
    up: migration_20261124_144128_collaboration_and_dashboard.up,
    down: migration_20261124_144128_collaboration_and_dashboard.down,
    name: '20261124_144128_collaboration_and_dashboard',
  },
  {
    up: migration_20261124_184556_directory_line_start_tags.up,
    down: migration_20261124_184556_directory_line_start_tags.down,
    name: '20261124_184556_directory_line_start_tags'
  },
  {
    up: migration_20261208_005000_feedback_form.up,
    down: migration_20261208_005000_feedback_form.down,
    name: '20261208_005000_feedback_form',
  },
];
