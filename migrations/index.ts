import * as migration_20261124_065122_initial from './20261124_065122_initial';
import * as migration_20261124_074109_membership from './20261124_074109_membership';

export const migrations = [
  {
    up: migration_20261124_065122_initial.up,
    down: migration_20261124_065122_initial.down,
    name: '20261124_065122_initial',
  },
  {
    up: migration_20261124_074109_membership.up,
    down: migration_20261124_074109_membership.down,
    name: '20261124_074109_membership'
  },
];
