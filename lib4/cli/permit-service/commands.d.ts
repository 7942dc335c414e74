import { Command } from '../command';
export declare const permitWorker: Command;
export declare const permitApi: Command;
export declare const permitPublish: Command;
