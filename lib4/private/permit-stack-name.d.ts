/** The stack name every backend gives a permit: `permit-<id>`. */
export declare function permitStackName(permitId: string): string;
/**
 * Refuses a permit stack whose id is not `permit-<id>`: every event of a permit must find the
 * same deployed stack (CloudFormation stack or Terraform state).
 *
 * @param id the id the stack was given
 * @param permitId the permit's id
 * @param stackClass the stack class, for the fix (`PermitStack`, `ProxmoxPermitStack`, ...)
 * @param what what must stay the same from event to event
 * @param nodePath the construct path, for the error's location
 */
export declare function checkPermitStackName(id: string, permitId: string, stackClass: string, what: string, nodePath: string): void;
