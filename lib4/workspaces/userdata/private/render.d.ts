import { Plan } from './plan';
/**
 * The spack release a template's spack packages are built with (a tag of github.com/spack/spack).
 * Pinned so that an image is reproducible: the tag fixes spack and its package recipes, so the
 * version and checksum of every source. In the install step's text, so the content hash of a
 * template's image changes with it. v0.23 is the last release series whose package recipes
 * ship inside spack's own repository (from v1.0 spack fetches them from a second one at first use).
 */
export declare const SPACK_RELEASE = "v0.23.1";
/** Where the payload lives on the machine. */
export declare const PAYLOAD_DIR = "/var/lib/research-workspace/payload";
/** One file the provisioning needs on the machine, under PAYLOAD_DIR. */
export interface PayloadFile {
    /** Path below PAYLOAD_DIR. */
    readonly name: string;
    readonly content: string;
    readonly mode: string;
    /** Shell code we generated (shellcheck must pass), as opposed to a template author's script or data. */
    readonly generatedShell?: 'bash' | 'sh';
}
/** How the registry file reaches the machine, as the script sees it. */
export type RegistrySource = {
    kind: 'inline';
    sha256: string;
} | {
    kind: 'ssm';
    sha256: string;
    prefix: string;
    chunks: number;
} | {
    kind: 'url';
    sha256: string;
    url: string;
};
/** Removes comment-only and blank lines from our own bash (not the shebang or shellcheck directives). */
export declare function compactScript(text: string): string;
/**
 * Drops the indentation of lines that start outside any quoted string (EC2's 16 KB counts every
 * byte). A line that starts inside a multi-line string keeps its text, and a script with a
 * here-document keeps all of it: there, leading blanks can be data.
 *
 * The lines come in pieces (a script's header, its libraries, its steps); a piece that starts
 * outside any string and is in `cached` is not scanned again (the libraries are the same for
 * every workspace of a template).
 */
export declare function unindent(pieces: string[][], cached?: Set<string[]>): string[];
/**
 * Composes the libraries for a main script, keeping only the functions it reaches (so an
 * installer or a storage helper a workspace does not use costs no user-data bytes). A call
 * `rws_net WHAT` reaches `rws_net_WHAT`. A library's top-level statements come with it when
 * any of its functions is kept; core.sh is always whole.
 */
export declare function composeLibraries(libs: readonly string[], main: string): string;
/**
 * Tools a baked image carries for any workspace of the lab, whoever its users are (their sudo,
 * shells, storage layout and published services differ per workspace): command, apt and dnf package.
 */
export declare const IMAGE_TOOLS: ReadonlyArray<readonly [string, string, string]>;
/** The claim check's code as the machine installs it (comment lines and the module docstring left out). */
export declare function gateCode(): {
    content: string;
    sha256: string;
};
/** The SSM parameters (standard tier, 4096 characters) that carry the claim check's code: base64 of its gzip, in order. */
export declare function gateCodeParameters(prefix: string): Array<{
    name: string;
    value: string;
}>;
/**
 * A tool as a user-data for EC2 carries it inline: without its parts between `# rws:fast-path`
 * and `# rws:fast-path end` lines (rws-sync-users' re-run shortcut, which a first boot has no
 * state for, and its perl home creation; EC2's 16 KB counts every byte). The tools from SSM
 * parameters, and a user-data allowed more than 16 KB, keep them.
 */
export declare function inlineToolCode(script: string): string;
/**
 * The SSM parameters (standard tier, 4096 characters) that carry the tools: base64 of each
 * tool's gzip in pieces, named PREFIX/<first 12 of its SHA-256>/<tool>/0, 1, ... (a new version
 * of a tool gets new names, so machines of an older deployment keep theirs).
 */
export declare function toolParameters(prefix: string): Array<{
    name: string;
    value: string;
    tool: string;
}>;
/**
 * Content hash of what the bake of a plan installs (its install steps, not the libraries that
 * run them): the same for every workspace of a template, version and platform.
 */
export declare function bakeHash(p: Plan): string;
/** Everything the machine needs: the main script and its payload. */
export interface Rendered {
    readonly payload: PayloadFile[];
    readonly main: string;
}
/**
 * Renders the provisioning for a plan and a registry source.
 * @param registryContent the registry file, when it is inline
 */
export declare function renderProvisioning(p: Plan, reg: RegistrySource | undefined, registryContent: string | undefined): Rendered;
