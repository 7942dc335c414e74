import { Context, Input } from './command';
import { PermitProps } from '../workspaces/permit';
import { WorkspaceInputError } from '../workspaces/private/error';
import { YamlSource } from '../workspaces/private/yaml-source';
import { ReleaseSettings } from '../workspaces/release';
import { UserRegistry } from '../workspaces/users';
/**
 * The permit file (`--permit`), the built-in demo permit and the registry that `rws permit plan`
 * and `rws permit synth` share.
 */
/** The permit `rws permit plan` uses when no --permit file is given. */
export declare const DEMO_PERMIT: Omit<PermitProps, 'status'>;
/** A permit file read from YAML, with its source for locating the model's messages. */
export interface PermitFile {
    readonly permit: Omit<PermitProps, 'status'>;
    readonly source: YamlSource;
    /** The `release:` settings (output checkers and destination), when the file has them. */
    readonly release?: ReleaseSettings;
}
/** Reads a permit YAML file (snake_case keys; people as a name or { name, uid }). */
export declare function readPermitFile(file: string): PermitFile;
/** Points the model's permit diagnostics (which name fields of PermitProps) at lines of the permit file. */
export declare function locateInFile(e: WorkspaceInputError, src: YamlSource): WorkspaceInputError;
/** The registry named by --registry; with a real permit (not the demo), ./users.yaml when present. */
export declare function registryFor(ctx: Context, input: Input, demo: boolean): UserRegistry | undefined;
