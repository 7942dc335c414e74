/**
 * The one place this library imports CDK for Terraform core from.
 *
 * cdktf 0.21 is the last HashiCorp release (the repository is archived). Its maintained fork,
 * cdktn, is API-compatible: moving to it is a change of this line (and of the peer dependency),
 * nothing else. Provider bindings (@cdktf/provider-kubernetes and the generated bpg/proxmox
 * bindings) import core through the package name, which an npm alias can point at the fork.
 */
export * from 'cdktf';
