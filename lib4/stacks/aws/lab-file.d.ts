import type { LabDefinition } from './lab-stack';
/** Reads and checks a lab file. */
export declare function readLabFile(file: string): LabDefinition;
