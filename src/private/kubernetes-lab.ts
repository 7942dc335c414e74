import { LABEL_PREFIX } from './kubernetes-names';

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
