import { awscdk, javascript } from 'projen';

// Versions measured to work together on this machine (see ../shared/TOOLCHAIN.md).
const CDK_VERSION = '2.276.0';
const CONSTRUCTS_VERSION = '10.8.1';
const CDKTF_VERSION = '0.21.0';
const K8S_PROVIDER_VERSION = '^12.1.1';
const CDK_CLI_VERSION = '2.1148.0';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-research-workspaces',
  description:
    'Construct kit for research computing: workstations from Prism-compatible templates, shared POSIX storage, ' +
    'research user registries, policy boundaries and permit-driven secure workspaces, for AWS CloudFormation and Terraform.',
  author: 'cdk-research-workspaces maintainers',
  authorAddress: 'maintainers@cdk-research-workspaces.dev',
  repositoryUrl: 'https://github.com/cdk-research-workspaces/cdk-research-workspaces.git',
  keywords: ['cdk', 'cdktf', 'research', 'workstation', 'efs', 'secure-processing-environment', 'trusted-research-environment'],
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,

  cdkVersion: CDK_VERSION,
  constructsVersion: CONSTRUCTS_VERSION,
  jsiiVersion: '~6.0.0',
  typescriptVersion: '~6.0.3',

  // This repository lives outside GitHub Actions: CI runs `.ci/run`.
  github: false,
  release: false,
  buildWorkflow: false,
  depsUpgrade: false,
  pullRequestTemplate: false,

  peerDeps: [`cdktf@${CDKTF_VERSION}`, `@cdktf/provider-kubernetes@${K8S_PROVIDER_VERSION}`],
  devDeps: [
    `cdktf@${CDKTF_VERSION}`,
    `@cdktf/provider-kubernetes@${K8S_PROVIDER_VERSION}`,
    `aws-cdk@${CDK_CLI_VERSION}`,
    'cdk-nag@^3.0.2',
    'fast-check@^4.10.2',
    // AWS SDK clients for the moto_server deploy tests (no AWS account is used).
    '@aws-sdk/client-ec2@^3',
    '@aws-sdk/client-iam@^3',
    '@aws-sdk/client-ssm@^3',
    '@types/node@^20',
    '@types/js-yaml@^4',
    // Regenerates the bpg/proxmox bindings in src/constructs/proxmox/generated/ (scripts/generate-proxmox-bindings.ts).
    '@cdktf/provider-generator@0.21.0',
    // The generated CI files checked by real tools (test/institution/ci-files.test.ts): GitHub's own
    // workflow parser, and gitlab-ci-local, which validates .gitlab-ci.yml against GitLab's CI
    // JSON schema it ships (4.64.1: the last release that runs on Node 20; later ones are a bundle
    // that needs Node 22).
    '@actions/workflow-parser@0.3.61',
    'gitlab-ci-local@4.64.1',
  ],
  // Non-jsii runtime libraries travel inside the package.
  // amqplib and ioredis: the permit service (`rws permit worker|api|publish`) only; the CLI
  // loads them inside those commands, never on the library's import path.
  // The AWS SDK's CloudFormation and S3 clients: the worker's --backend aws plan and apply modes
  // only (permit-service/cloudformation.ts imports them on first use); the moto tests use them too.
  bundledDeps: ['yaml@^2.8.1', 'js-yaml@^4.3.2', 'amqplib@^2.3.1', 'ioredis@^5.9.3', '@aws-sdk/client-cloudformation@^3', '@aws-sdk/client-s3@^3'],

  bin: { rws: 'lib/cli/rws.js' },

  jestOptions: {
    jestVersion: '^30',
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
      collectCoverage: false,
      testTimeout: 120_000,
      maxWorkers: 2,
    },
  },
  tsconfigDev: {
    include: ['../examples/**/*.ts', '../bench/**/*.ts', '../scripts/**/*.ts'],
    compilerOptions: {},
  },
  gitignore: ['cdk.out/', 'cdktf.out/', '.cache/', '/tmp-test/', '.rootfs/'],
  npmignoreEnabled: true,
  docgen: true,
});

project.package.addPackageResolutions('unrs-resolver@1.12.2');
project.package.addField('engines', { node: '>= 20.0.0' });

// Bundled template catalog and the JSON Schemas of the files users write ship with the package.
project.npmignore?.include('/templates/');
project.npmignore?.include('/schemas/');
project.addPackageIgnore('/examples/');
project.addPackageIgnore('/bench/');
project.addPackageIgnore('/scripts/');
project.addPackageIgnore('/.ci/');
// Working folders of the tests and the examples (chroots, assemblies): never packed, and npm
// pack must not walk them (a chroot test may be creating or removing one meanwhile).
project.addPackageIgnore('/.cache/');
project.addPackageIgnore('/cdk.out/');
project.addPackageIgnore('/cdktf.out/');
// The root cdk.json runs the example lab (`npx cdk synth` here): not part of the package.
project.addPackageIgnore('/cdk.json');

// Environment that keeps jsii, the CDK CLI and cdktf off the network.
for (const [k, v] of Object.entries({
  JSII_SILENCE_SUPPORT_WARNING: '1',
  JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20',
  CDK_DISABLE_CLI_TELEMETRY: 'true',
  CHECKPOINT_DISABLE: '1',
  CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1',
})) {
  project.tasks.addEnvironment(k, v);
}

// `npm test`: install the Debian validators when missing, build the library (the CLI
// tests run the real `rws` binary), then jest and eslint.
const testTask = project.tasks.tryFind('test')!;
testTask.reset();
testTask.exec('bash scripts/ensure-tools.sh');
testTask.spawn(project.compileTask);
testTask.exec('jest --passWithNoTests', { receiveArgs: true });
testTask.spawn(project.tasks.tryFind('eslint')!);

// `npm run synth`: the project's main job.
project.addTask('synth', {
  description: 'Synthesize the example lab and permit stacks and print a summary',
  exec: 'ts-node --transpile-only --project test/tsconfig.json scripts/synth.ts',
  receiveArgs: true,
});

project.addTask('generate:proxmox-bindings', {
  description: 'Regenerate the bpg/proxmox bindings (src/constructs/proxmox/generated/*.generated.ts) from ../shared/tools/tf-validate/schemas; --check compares only',
  exec: 'ts-node --project test/tsconfig.json scripts/generate-proxmox-bindings.ts',
  receiveArgs: true,
});

project.addTask('generate:known-props', {
  description: 'Regenerate the key lists of the construct props (src/private/known-props.generated.ts) from the interfaces; --check compares only',
  exec: 'ts-node --transpile-only --project test/tsconfig.json scripts/generate-known-props.ts',
  receiveArgs: true,
});

project.addTask('bench', {
  description: 'Run the benchmarks and print result tables',
  exec: 'node --expose-gc -r ts-node/register/transpile-only bench/run.ts',
  receiveArgs: true,
});

// The JSON Schemas of the files users write (docs/schemas.md); ajv (bundled, like yaml) checks
// files against them in the loaders.
project.addBundledDeps('ajv@^8.17.1');
project.addTask('generate:schemas', {
  description: 'Write the JSON Schemas of the files users write (schemas/*.schema.json) from the model; --check compares only',
  exec: 'ts-node --transpile-only --project test/tsconfig.json scripts/generate-schemas.ts',
  receiveArgs: true,
});

project.synth();
