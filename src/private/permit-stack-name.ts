import { fail } from '../workspaces/private/error';

/** The stack name every backend gives a permit: `permit-<id>`. */
export function permitStackName(permitId: string): string {
  return `permit-${permitId}`;
}

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
export function checkPermitStackName(id: string, permitId: string, stackClass: string, what: string, nodePath: string): void {
  const expected = permitStackName(permitId);
  if (id === expected) return;
  fail({
    code: 'invalid-stack-name',
    message: `a permit stack is named after its permit, so that every event ${what}`,
    field: 'id',
    value: id,
    fix: `use "${expected}" (${stackClass}.stackNameOf(permit.id))`,
    location: { file: `construct ${nodePath}` },
  });
}
