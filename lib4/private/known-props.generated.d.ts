/** A props struct: its keys, and the struct each struct-valued key holds (a list of them included). */
export interface KnownStruct {
    readonly keys: readonly string[];
    readonly nested: {
        readonly [key: string]: string;
    };
}
/** The props of every public construct and the structs reachable from them. */
export declare const KNOWN_PROPS: {
    readonly [struct: string]: KnownStruct;
};
