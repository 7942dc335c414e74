import { CommandGroup } from './command';
import { RegistryEdit } from './registry';
/** Adds `user` (entry index `i`) to a group; false when already a member. */
export declare function joinGroup(edit: RegistryEdit, i: number, user: string, group: string): boolean;
/** Removes `user` from a group (its groups list and the group's members); false when not a member. */
export declare function leaveGroup(edit: RegistryEdit, user: string, group: string): boolean;
export declare const usersGroup: CommandGroup;
