/** The API's token scopes. */
export declare const SCOPES: readonly ["status", "connection"];
/** The settings file's schema. */
export declare const serviceSettingsSchema: () => import("../../workspaces/private/schemas/json-schema").JsonSchema;
/** The token file's schema. */
export declare const tokenFileSchema: () => import("../../workspaces/private/schemas/json-schema").JsonSchema;
/**
 * Reads a settings or token file with the kit's YAML loader (size limit, file:line:column in
 * every message, nothing of a file that is not one quoted) and checks it against its schema:
 * an unknown key is an error with a "did you mean", as a misspelled setting would silently not
 * apply. Returns the parsed data.
 */
export declare function readServiceYaml(file: string, kind: 'settings' | 'tokens'): any;
