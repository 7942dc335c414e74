/**
 * Pod Security Admission levels of the namespaces the library creates, and the reasons for
 * each exception from "restricted" (written on the namespace as an annotation).
 */
import { LABEL_PREFIX } from './names';

/** Pod Security Standards levels. */
export enum PodSecurityLevel {
  RESTRICTED = 'restricted',
  BASELINE = 'baseline',
  PRIVILEGED = 'privileged',
}

/** Annotation that says why a namespace enforces less than "restricted". */
export const POD_SECURITY_REASON = `${LABEL_PREFIX}/pod-security-exception`;

/** Why a lab namespace enforces "privileged". */
export const LAB_POD_SECURITY_REASON = 'KubeVirt virt-launcher pods (one per workspace VM) need capabilities beyond baseline (NET_ADMIN, SYS_NICE in root mode);'
  + ' the research user works inside the VM, not in the launcher pod. Every other pod of the lab (the package proxy) meets restricted.';

/** Why a permit namespace with desktops or the airlock enforces "baseline". */
export const PERMIT_POD_SECURITY_REASON = 'The desktop entrypoint creates the permit accounts as root and xrdp-sesman switches to the user;'
  + ' the airlock\'s sshd chroots each data holder. Both run as root with a fixed capability list inside baseline, no privilege escalation;'
  + ' the package proxy meets restricted.';

/**
 * Namespace labels: `enforce` at the level given (pinned to `latest`), `audit` and `warn` at
 * "restricted", so every pod that needs the exception is recorded.
 */
export function podSecurityLabels(enforce: PodSecurityLevel): Record<string, string> {
  return {
    'pod-security.kubernetes.io/enforce': enforce,
    'pod-security.kubernetes.io/enforce-version': 'latest',
    'pod-security.kubernetes.io/audit': PodSecurityLevel.RESTRICTED,
    'pod-security.kubernetes.io/warn': PodSecurityLevel.RESTRICTED,
  };
}
