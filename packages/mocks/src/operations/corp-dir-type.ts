// The corporate directory's kind of user (`UserDTO.type`) for each of the vendor's user types.

import type { MeetingComponents } from '@hwcloud-directory/protocol';
import type { DirectoryUser } from '../directory/records.js';

/** A kind of user as the corporate directory and the batch lookup name it. */
export type CorpDirType = NonNullable<MeetingComponents['schemas']['UserDTO']['type']>;

/**
 * The kind of each user type (the vendor's `UserInfo` table): 10 enterprise device is a hardware
 * terminal, 12 a smart screen, 13 an IdeaHub, 14 a SmartRooms whiteboard; every other type is a
 * person, listed as an ordinary user.
 */
const TYPE_OF_USER_TYPE: Readonly<Record<DirectoryUser['userType'], CorpDirType>> = {
  1: 'NORMAL_USER',
  2: 'NORMAL_USER',
  3: 'NORMAL_USER',
  10: 'HARD_TERMINAL',
  11: 'NORMAL_USER',
  12: 'HW_VISION_MEMBER',
  13: 'IDEA_HUB_MEMBER',
  14: 'WHITE_BOARD',
};

const USER_TYPES = Object.keys(TYPE_OF_USER_TYPE).map(Number) as DirectoryUser['userType'][];

/** The corporate directory's `type` of a user type. */
export function corpDirType(userType: DirectoryUser['userType']): CorpDirType {
  return TYPE_OF_USER_TYPE[userType];
}

/**
 * The user types listed as any of these kinds (how a filter on `type` reads the records).
 * @example userTypesOf(['WHITE_BOARD', 'HARD_TERMINAL']) // [10, 14]
 */
export function userTypesOf(types: readonly unknown[]): DirectoryUser['userType'][] {
  return USER_TYPES.filter((userType) => types.includes(TYPE_OF_USER_TYPE[userType]));
}
