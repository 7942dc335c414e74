/** The handle `pauseTokenTraces()` returns. */
export interface PausedTokenTraces {
    /** Puts back the stack formatter that was in place before the pause. */
    resume(): void;
}
/** Turns off the formatting of stack traces until `resume()` (see the module's comment). */
export declare function pauseTokenTraces(): PausedTokenTraces;
