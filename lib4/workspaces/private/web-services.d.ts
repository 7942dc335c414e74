import { TemplateDefinition, TemplateService } from '../template';
/** Whether a service is a web service a gateway can publish: enabled, with a port that is not SSH, RDP, DCV or VNC. */
export declare function isWebService(s: TemplateService): boolean;
/** The template's web services (the rule shared by ResearchWorkspace, LabStack and `rws lab`). */
export declare function webServicesOf(definition: TemplateDefinition): TemplateService[];
