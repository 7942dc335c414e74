import { TemplateDefinition, TemplateService } from '../template';

/** Ports of services that are not plain HTTP (SSH, RDP, DCV, VNC): never put behind a web gateway. */
const NON_HTTP_PORTS = new Set([22, 3389, 8443, 5900, 5901]);

/** Whether a service is a web service a gateway can publish: enabled, with a port that is not SSH, RDP, DCV or VNC. */
export function isWebService(s: TemplateService): boolean {
  return s.port !== undefined && s.enable !== false && !NON_HTTP_PORTS.has(s.port);
}

/** The template's web services (the rule shared by ResearchWorkspace, LabStack and `rws lab`). */
export function webServicesOf(definition: TemplateDefinition): TemplateService[] {
  return (definition.services ?? []).filter(isWebService);
}
