/** A part of a multipart message. */
export interface MimePart {
    readonly name: string;
    readonly contentType: string;
    readonly content: string;
}
/**
 * Renders a MIME multipart/mixed message as cloud-init reads it. The boundary is derived from
 * the content (stable output) and never occurs in it.
 */
export declare function renderMultipart(parts: readonly MimePart[]): string;
