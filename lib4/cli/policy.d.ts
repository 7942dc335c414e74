import { CommandGroup } from './command';
export declare const policyGroup: CommandGroup;
