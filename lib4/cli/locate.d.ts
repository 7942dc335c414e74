import { WorkspaceInputError } from '../workspaces/private/error';
import { YamlPath, YamlSource } from '../workspaces/private/yaml-source';
/**
 * Points problems that a stack or construct found in its properties (fields like
 * `workspaces[2] (alice-gpu).nodeName`, located at `construct lab/alice-gpu` or at the lab file
 * without a line) at the line of the YAML file the properties were read from.
 */
/** `workspaces[0] (alice).nodeName` -> ['workspaces', 0, 'node'] with the aliases, else snake_case. */
export declare function yamlPathOfField(field: string, aliases: {
    [camel: string]: string;
}): YamlPath;
/** Relocates the problems of `e` that have no line into `src`; returns `e` itself when none moved. */
export declare function relocate(e: WorkspaceInputError, src: YamlSource, aliases?: {
    [camel: string]: string;
}): WorkspaceInputError;
