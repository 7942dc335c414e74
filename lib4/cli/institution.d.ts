import { CommandGroup } from './command';
import { PipelineStack } from './institution-pipeline';
import { LabDiagram } from './lab-diagram';
import type { Institution, InstitutionDefinition } from '../stacks/aws/institution';
/** The institution as a graph: organization, tenants with their isolation and labs. */
export declare function buildInstitutionDiagram(def: InstitutionDefinition, inst: Institution): LabDiagram;
/** Stacks of an institution in deployment order: organization, labs, tenant stacks (their dashboards name the labs' alarms). */
export declare function pipelineStacks(inst: Institution): PipelineStack[];
export declare const institutionGroup: CommandGroup;
