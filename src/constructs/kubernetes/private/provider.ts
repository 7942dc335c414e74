import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Construct } from 'constructs';
import { TerraformVariable } from '../../terraform/cdktf';

/**
 * The kubernetes provider of a stack, configured by the variables `kube_config_path` (default
 * `configPath`, else `~/.kube/config`) and `kube_context` (default `context`, else null: the
 * kubeconfig's current context).
 */
export function kubernetesProviderWithVariables(scope: Construct, configPath?: string, context?: string): KubernetesProvider {
  const pathVar = new TerraformVariable(scope, 'kube_config_path', {
    type: 'string',
    default: configPath ?? '~/.kube/config',
    description: 'Path of the kubeconfig the kubernetes provider uses',
  });
  const contextVar = new TerraformVariable(scope, 'kube_context', {
    type: 'string',
    default: context,
    nullable: true,
    description: 'kubeconfig context (null: the current context)',
  });
  // Optional with no value: cdktf cannot write a null default, Terraform needs one.
  if (context === undefined) contextVar.addOverride('default', null);
  return new KubernetesProvider(scope, 'kubernetes', { configPath: pathVar.stringValue, configContext: contextVar.stringValue });
}
