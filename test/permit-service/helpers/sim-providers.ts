/**
 * Test tool: the simulated providers of ../shared/tools/tf-validate (tf-sim's stub in
 * STUB_MODE=sim, served from the real provider schemas) as a Terraform CLI configuration that
 * the permit worker is given (`terraform.cli_config`), so the worker runs real `terraform
 * plan`/`apply` against them exactly as it runs against real providers.
 *
 * Fault injection for the tests: while `<faults>/slow` exists, each provider start sleeps that
 * many seconds (a long apply to kill a worker in); while `<faults>/fail` exists, the provider
 * exits at start (Terraform fails to load it).
 */
import * as fs from 'fs';
import * as path from 'path';

/** The shared tool folder (../shared beside the repository). */
export const TF_VALIDATE_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'tools', 'tf-validate');

/** Providers with a schema in the tool's folder. */
const PROVIDERS = [
  ['registry.terraform.io/hashicorp/kubernetes', 'hashicorp-kubernetes'],
  ['registry.terraform.io/hashicorp/random', 'hashicorp-random'],
  ['registry.terraform.io/hashicorp/tls', 'hashicorp-tls'],
  ['registry.terraform.io/hashicorp/helm', 'hashicorp-helm'],
  ['registry.terraform.io/bpg/proxmox', 'bpg-proxmox'],
];

function shq(s: string): string {
  return `'${s.replace(/'/g, '\'\\\'\'')}'`;
}

/** Writes the plugin wrappers and the CLI config into `dir`; returns the config's path and the faults folder. */
export function simProviders(dir: string): { cliConfig: string; faults: string; env: Record<string, string> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tool = require(path.join(TF_VALIDATE_DIR, 'tf-validate'));
  const deps: string = tool.ensureDeps();
  const faults = path.join(dir, 'faults');
  fs.mkdirSync(faults, { recursive: true });
  const overrides: string[] = [];
  for (const [addr, file] of PROVIDERS) {
    const name = addr.split('/').pop()!;
    const bin = path.join(dir, 'plugins', file);
    fs.mkdirSync(bin, { recursive: true });
    const schema = path.join(TF_VALIDATE_DIR, 'schemas', `${file}.schema.json`);
    fs.writeFileSync(path.join(bin, `terraform-provider-${name}`), [
      '#!/bin/sh',
      `if [ -f ${shq(faults)}/fail ]; then echo "injected provider failure" >&2; exit 1; fi`,
      `if [ -f ${shq(faults)}/slow ]; then sleep "$(cat ${shq(faults)}/slow)"; fi`,
      `NODE_PATH=${shq(path.join(deps, 'node_modules'))} STUB_MODE=sim SCHEMA_FILE=${shq(schema)} PROVIDER_ADDR=${shq(addr)} exec ${shq(process.execPath)} ${shq(path.join(TF_VALIDATE_DIR, 'lib', 'stub.js'))}`,
      '',
    ].join('\n'), { mode: 0o755 });
    overrides.push(`    "${addr}" = "${bin}"`);
  }
  const cliConfig = path.join(dir, 'cli.tfrc');
  fs.writeFileSync(cliConfig, `provider_installation {\n  dev_overrides {\n${overrides.join('\n')}\n  }\n  direct {}\n}\n`);
  // The stub speaks plugin protocol 6 without TLS; dev_overrides need no `terraform init`.
  return { cliConfig, faults, env: { TF_DISABLE_PLUGIN_TLS: '1' } };
}

/** The resource changes of a saved plan, from `terraform show -json` output. */
export function planChanges(showJson: any): Array<{ address: string; type: string; actions: string[] }> {
  return (showJson.resource_changes ?? []).map((c: any) => ({ address: c.address, type: c.type, actions: c.change.actions }));
}
