import { CommandGroup } from './command';
export declare const templatesGroup: CommandGroup;
