/**
 * A research lab on Kubernetes (KubeVirt), synthesized to Terraform from its lab file.
 *
 *   npx cdktf synth                                   # or:
 *   npx ts-node --transpile-only --project ../../test/tsconfig.json main.ts [--outdir DIR]
 *   rws lab synth lab.yaml --out cdktf.out --stack kubernetes-lab   # the same stack, with a summary
 *
 * Writes `cdktf.out/stacks/kubernetes-lab/cdk.tf.json`; then
 * `terraform -chdir=cdktf.out/stacks/kubernetes-lab init && terraform -chdir=cdktf.out/stacks/kubernetes-lab apply`
 * with a kubeconfig for a cluster that runs KubeVirt and CDI.
 *
 * The lab (lab.yaml): the small lab's research users, a policy that allows at most proxied
 * egress, the lab's NFS share, and three workspaces in the namespace `lab-genomics`: a
 * Python/ML VM behind the lab's package proxy, a stopped RStudio VM, and a Debian VM without
 * internet booting the institution's prepared container disk.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from '../../src/constructs/terraform/cdktf';
import { KubernetesLabStack } from '../../src/stacks/kubernetes/kubernetes-lab-stack';
import { readKubernetesLabFile } from '../../src/stacks/kubernetes/kubernetes-lab-file';

/** What to synthesize. */
export interface KubernetesLabExampleOptions {
  /** Output folder. Default: CDKTF_OUTDIR, else `cdktf.out` beside this file. */
  readonly outdir?: string;
  /** The lab file. Default: `lab.yaml` beside this file. */
  readonly labFile?: string;
}

/** Result of a synthesis. */
export interface KubernetesLabExampleResult {
  /** The cdktf output folder. */
  readonly outdir: string;
  /** The stack's folder (holds cdk.tf.json). */
  readonly stackDir: string;
  /** Stack name. */
  readonly stackName: string;
  /** The stack (namespace, workspaces, the proxy's allowed domains). */
  readonly stack: KubernetesLabStack;
}

/** The example lab's stack name. */
export const KUBERNETES_LAB_STACK = 'kubernetes-lab';
/** The example's lab file. */
export const KUBERNETES_LAB_FILE = path.join(__dirname, 'lab.yaml');

/** The example lab on an app, from its lab file (also used by the tests). */
export function kubernetesLabStack(app: App, labFile: string = KUBERNETES_LAB_FILE): KubernetesLabStack {
  return new KubernetesLabStack(app, KUBERNETES_LAB_STACK, readKubernetesLabFile(labFile).props);
}

/**
 * Synthesizes the example lab (in-process, no cdktf CLI) and returns where it went. The main
 * synth script calls this.
 */
export function synthKubernetesLab(options: KubernetesLabExampleOptions = {}): KubernetesLabExampleResult {
  const outdir = options.outdir ?? process.env.CDKTF_OUTDIR ?? path.join(__dirname, 'cdktf.out');
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir, skipValidation: false });
  const stack = kubernetesLabStack(app, options.labFile);
  app.synth();
  return { outdir, stackDir: path.join(outdir, 'stacks', KUBERNETES_LAB_STACK), stackName: KUBERNETES_LAB_STACK, stack };
}

function parseArgs(argv: string[]): KubernetesLabExampleOptions {
  let outdir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (flag !== '--outdir') throw new Error(`unknown argument ${argv[i]}: use --outdir DIR`);
    outdir = inline ?? argv[++i];
    if (!outdir) throw new Error('--outdir needs a value');
  }
  return { outdir };
}

if (require.main === module) {
  try {
    const r = synthKubernetesLab(parseArgs(process.argv.slice(2)));
    console.log(`${r.stackName}: ${r.stack.workspaces.length} workspaces in namespace ${r.stack.namespace} -> ${r.stackDir}`);
  } catch (e) {
    console.error(process.env.DEBUG ? e : (e as Error).message);
    process.exit(1);
  }
}
