export * from './kubernetes-permit-stack';
export * from './lab-stack';
export * from './proxmox-lab-stack';
export * from './proxmox-permit-stack';
export * from './permit-stack';
export * from './kubernetes-lab-stack';
export * from './terraform-state-backend';
