import { LABEL_PREFIX } from './names';
import { sanitizeLabelValue } from '../../terraform/permit-common';

/** Labels the lab's resources carry (prefix `cdk-research-workspaces.dev/`). */
export const KUBERNETES_LAB_LABELS = {
  lab: `${LABEL_PREFIX}/lab`,
  workspace: `${LABEL_PREFIX}/workspace`,
  template: `${LABEL_PREFIX}/template`,
  owner: `${LABEL_PREFIX}/owner`,
  project: `${LABEL_PREFIX}/project`,
  size: `${LABEL_PREFIX}/size`,
  egress: `${LABEL_PREFIX}/egress`,
  component: 'app.kubernetes.io/component',
  managedBy: 'app.kubernetes.io/managed-by',
};

/** Labels that select a lab workspace's pod (its NetworkPolicies and the proxy's clients). */
export function workspacePodLabels(labName: string, workspaceName: string): { [key: string]: string } {
  return { [KUBERNETES_LAB_LABELS.lab]: sanitizeLabelValue(labName), [KUBERNETES_LAB_LABELS.workspace]: workspaceName };
}

/**
 * The DNS settings of a pod (or KubeVirt VM) without internet: no cluster resolver (it forwards
 * to the internet, a channel out that no NetworkPolicy stops), only a loopback address that
 * nothing answers on. The pod's own name and `/etc/hosts` still resolve.
 */
export const NO_DNS_CONFIG = {
  dnsPolicy: 'None',
  dnsConfig: { nameservers: ['127.0.0.1'], searches: [], options: [{ name: 'ndots', value: '1' }] },
} as const;

/** Host of the package proxy in a workspace's provisioning until its cluster IP (a Terraform reference) is put in. */
export const PROXY_ADDRESS_PLACEHOLDER = 'rws-proxy-address.invalid';
