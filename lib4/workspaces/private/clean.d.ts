/** Drops undefined properties so structs compare and print cleanly. */
export declare function clean<T extends object>(o: T): T;
