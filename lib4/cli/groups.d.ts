import { CommandGroup } from './command';
export declare const groupsGroup: CommandGroup;
