import type { InstitutionDefinition } from './institution';
import { SourceLocation } from '../../workspaces/errors';
import { JsonSchema } from '../../workspaces/private/schemas/json-schema';
/** A tenant or institution name: lower-case letters, digits and dashes (it names stacks, OUs and tags). */
export declare const TENANT_NAME: RegExp;
/** JSON Schema of institution.yaml; the reader takes its key lists from here. */
export declare const institutionSchema: () => JsonSchema;
/** The place of a field path (`tenants[0].quota.vcpus`) of a definition: file:line:column, or the file/construct path. */
export declare function locateInstitutionField(def: InstitutionDefinition, field: string, fallback: string): SourceLocation;
/** Reads and checks an institution file, and every lab file it names. */
export declare function readInstitutionFile(file: string): InstitutionDefinition;
