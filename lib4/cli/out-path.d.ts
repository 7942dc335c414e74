import { CliInputError } from './command';
/** One line for a filesystem error while writing `given`, or undefined when `e` is not one. */
export declare function outputFailure(e: unknown, given: string, option?: string, abs?: string): CliInputError | undefined;
/**
 * Checks an output folder and creates it: not under /proc, /sys or /dev (checked before any
 * mkdir), not an existing file, every existing part a folder, and writable.
 */
export declare function prepareOutputFolder(abs: string, given: string, option?: string): void;
/** Checks an output file's destination and creates its folder. */
export declare function prepareOutputFile(abs: string, given: string, option?: string): void;
