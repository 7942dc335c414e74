import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Construct } from 'constructs';
/**
 * The kubernetes provider of a stack, configured by the variables `kube_config_path` (default
 * `configPath`, else `~/.kube/config`) and `kube_context` (default `context`, else null: the
 * kubeconfig's current context).
 */
export declare function kubernetesProviderWithVariables(scope: Construct, configPath?: string, context?: string): KubernetesProvider;
