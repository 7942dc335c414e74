/** The bash sources, by file name. */
export declare const SCRIPTS: {
    readonly [file: string]: string;
};
