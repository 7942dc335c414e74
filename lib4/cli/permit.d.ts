import { CommandGroup } from './command';
export { DEMO_PERMIT, readPermitFile } from './permit-file';
export declare const permitGroup: CommandGroup;
