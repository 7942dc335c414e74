import { Command } from './command';
export declare const permitRelease: Command;
