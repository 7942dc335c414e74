/**
 * Kubernetes namespaces a lab or permit must never create objects in: the cluster's own.
 * A default-deny NetworkPolicy or a ResourceQuota planted in kube-system would cut off or
 * starve the cluster's DNS and controllers.
 */
const SYSTEM_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/** Why a namespace is the cluster's own, or undefined. */
export function systemNamespaceProblem(ns: string): string | undefined {
  if (SYSTEM_NAMESPACES.has(ns) || ns.startsWith('kube-')) {
    return `"${ns}" is a namespace of the cluster itself (default and kube-*): the lab's default-deny policy and quota would apply to the cluster's own pods`;
  }
  return undefined;
}
