"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResearchUserRegistry = exports.RegistryStorage = void 0;
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const s3assets = __importStar(require("aws-cdk-lib/aws-s3-assets"));
const ssm = __importStar(require("aws-cdk-lib/aws-ssm"));
const constructs_1 = require("constructs");
const props_1 = require("../private/props");
const userdata_adapter_1 = require("./private/userdata-adapter");
const known_props_1 = require("../../private/known-props");
const tags_1 = require("../../workspaces/private/tags");
/**
 * Where the registry is published.
 */
var RegistryStorage;
(function (RegistryStorage) {
    /**
     * Standard-tier parameters when the registry fits in four of them, advanced-tier when it
     * fits in eight, else S3.
     */
    RegistryStorage["AUTO"] = "auto";
    /** SSM parameters of the standard tier (4 KB each, free). */
    RegistryStorage["STANDARD_PARAMETERS"] = "standard-parameters";
    /** SSM parameters of the advanced tier (8 KB each, billed per parameter and month). */
    RegistryStorage["ADVANCED_PARAMETERS"] = "advanced-parameters";
    /**
     * An S3 object: the CDK file asset (the bootstrap bucket, encrypted at rest), for
     * registries too large for a few parameters.
     */
    RegistryStorage["S3"] = "s3";
})(RegistryStorage || (exports.RegistryStorage = RegistryStorage = {}));
/** The format name written into the manifest parameter. */
const FORMAT = 'research-workspace registry v1 (gzip, base64)';
const STANDARD_LENGTH = 4096;
const ADVANCED_LENGTH = 8192;
/**
 * The lab's research user registry published to AWS, and kept applied on every running
 * workspace without a reboot.
 *
 * - The registry file (users, uids, gids, groups, public SSH keys: nothing secret) is
 *   gzipped, base64-encoded and split into SSM parameters `<prefix>/0..n-1` (standard tier
 *   up to 4 KB each, advanced tier up to 8 KB) or, when large, published as an S3 object;
 *   `<prefix>/manifest` names the pieces and the SHA-256 of the file.
 * - An SSM Command document fetches the pieces (Parameter Store references resolved by
 *   Systems Manager, or `aws:downloadContent` from S3), checks the SHA-256, and runs the
 *   user-data generator's idempotent `rws-sync-users` script with the arguments the machine's
 *   provisioning recorded in `/etc/research-workspace/sync-users.args` (home base, groups,
 *   shells, and the workspace's selection of users); a machine whose provisioning failed
 *   before recording them gets nothing, one without our provisioning `-H <defaultHomeBase>`.
 * - A State Manager association runs the document on every instance tagged with the lab:
 *   when a workspace joins, and again whenever the registry changes (the registry's
 *   SHA-256 is an association parameter, so CloudFormation updates the association).
 *
 * @example
 * const users = new ResearchUserRegistry(this, 'Users', { registry: UserRegistry.fromFile('users.yaml'), labName: 'genomics' });
 * users.grantRead(workspace.role);
 */
class ResearchUserRegistry extends constructs_1.Construct {
    /** The registry. */
    registry;
    /** Lab name. */
    labName;
    /** Storage chosen (never AUTO). */
    storage;
    /** SHA-256 of the registry file, hex. */
    sha256;
    /** Size of the registry file in bytes. */
    sizeBytes;
    /** Parameter name prefix. */
    parameterPrefix;
    /** Names of the parameters holding the pieces (empty with S3). */
    parameterNames;
    /** The manifest parameter. */
    manifest;
    /** The sync document. */
    document;
    /** The State Manager association. */
    association;
    /** Tag key of the machines the association targets. */
    targetTagKey;
    /** Tag value of the machines the association targets. */
    targetTagValue;
    /**
     * The S3 object, with S3 storage.
     * @default - none
     */
    asset;
    published;
    parameters = [];
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'ResearchUserRegistryProps', props);
        this.registry = props.registry;
        this.labName = props.labName;
        if (!/^[A-Za-z0-9_.-]{1,100}$/.test(props.labName)) {
            (0, props_1.badProp)(this, 'labName', props.labName, 'a lab name may hold only letters, digits, ".", "_" and "-" (it becomes part of parameter names and a tag value)', 'use e.g. "genomics-lab"');
        }
        this.parameterPrefix = props.parameterPrefix ?? `/research-workspaces/${props.labName}/registry`;
        if (!/^(\/[A-Za-z0-9_.-]+)+$/.test(this.parameterPrefix) || this.parameterPrefix.toLowerCase().startsWith('/aws') || this.parameterPrefix.toLowerCase().startsWith('/ssm')) {
            (0, props_1.badProp)(this, 'parameterPrefix', this.parameterPrefix, 'not a usable parameter path (absolute, letters, digits, "_", "." and "-", not below /aws or /ssm)', 'write e.g. "/research-workspaces/genomics/registry"');
        }
        const homeBase = props.defaultHomeBase ?? '/home';
        if (!/^\/[A-Za-z0-9._/-]*$/.test(homeBase)) {
            (0, props_1.badProp)(this, 'defaultHomeBase', homeBase, 'not an absolute path of safe characters', 'write e.g. "/home"');
        }
        const tagKey = props.targetTagKey ?? tags_1.LAB_TAG;
        const tagValue = props.targetTagValue ?? props.labName;
        this.targetTagKey = tagKey;
        this.targetTagValue = tagValue;
        this.published = (0, userdata_adapter_1.publishedRegistry)(props.registry);
        this.sha256 = this.published.sha256;
        this.sizeBytes = Buffer.byteLength(this.published.content, 'utf8');
        const b64 = this.published.gzipBase64;
        let storage = props.storage ?? RegistryStorage.AUTO;
        if (storage === RegistryStorage.AUTO) {
            storage = b64.length <= 4 * STANDARD_LENGTH ? RegistryStorage.STANDARD_PARAMETERS
                : b64.length <= 8 * ADVANCED_LENGTH ? RegistryStorage.ADVANCED_PARAMETERS : RegistryStorage.S3;
        }
        this.storage = storage;
        const description = (what) => `Research user registry of lab ${props.labName}: ${what}`;
        let location;
        if (storage === RegistryStorage.S3) {
            const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rws-registry-')), `registry-${this.sha256.slice(0, 16)}.gz`);
            fs.writeFileSync(file, this.published.gzip);
            this.asset = new s3assets.Asset(this, 'Object', { path: file, displayName: `registry of lab ${props.labName}` });
            location = `s3://${this.asset.s3BucketName}/${this.asset.s3ObjectKey}`;
            this.parameterNames = [];
        }
        else {
            const max = storage === RegistryStorage.ADVANCED_PARAMETERS ? ADVANCED_LENGTH : STANDARD_LENGTH;
            const pieces = (0, userdata_adapter_1.chunk)(b64, max);
            if (pieces.length > 40) {
                (0, props_1.badProp)(this, 'storage', storage, `the registry needs ${pieces.length} parameters of ${max} characters (${this.published.userCount} users); a sync document cannot carry that many`, 'use RegistryStorage.S3 or RegistryStorage.AUTO');
            }
            this.parameterNames = pieces.map((_, i) => `${this.parameterPrefix}/${i}`);
            pieces.forEach((value, i) => {
                this.parameters.push(new ssm.StringParameter(this, `Piece${i}`, {
                    parameterName: this.parameterNames[i],
                    stringValue: value,
                    tier: storage === RegistryStorage.ADVANCED_PARAMETERS ? ssm.ParameterTier.ADVANCED : ssm.ParameterTier.STANDARD,
                    description: description(`piece ${i + 1} of ${pieces.length} (base64 of the gzip file)`),
                }));
            });
            location = this.parameterPrefix;
        }
        this.manifest = new ssm.StringParameter(this, 'Manifest', {
            parameterName: `${this.parameterPrefix}/manifest`,
            stringValue: aws_cdk_lib_1.Stack.of(this).toJsonString({
                format: FORMAT,
                sha256: this.sha256,
                storage,
                location,
                pieces: this.parameterNames.length,
                users: this.published.userCount,
                groups: props.registry.groups.length,
            }),
            description: description('where the registry is and its SHA-256'),
        });
        this.document = new ssm.CfnDocument(this, 'SyncDocument', {
            documentType: 'Command',
            documentFormat: 'JSON',
            targetType: '/AWS::EC2::Instance',
            content: this.documentContent(storage, homeBase),
            tags: [{ key: tags_1.LAB_TAG, value: props.labName }],
        });
        const parameters = { registrySha256: [this.sha256] };
        if (storage === RegistryStorage.S3) {
            parameters.registryUrl = [`https://s3.${aws_cdk_lib_1.Aws.REGION}.${aws_cdk_lib_1.Aws.URL_SUFFIX}/${this.asset.s3BucketName}/${this.asset.s3ObjectKey}`];
            parameters.registryFileName = [path.posix.basename(this.asset.s3ObjectKey)];
        }
        else {
            this.parameterNames.forEach((n, i) => { parameters[`piece${i}`] = [`{{ssm:${n}}}`]; });
        }
        this.association = new ssm.CfnAssociation(this, 'SyncAssociation', {
            name: this.document.ref,
            associationName: `rws-${props.labName}-sync-users`,
            targets: [{ key: `tag:${tagKey}`, values: [tagValue] }],
            parameters,
            maxConcurrency: props.maxConcurrency ?? '50%',
            maxErrors: '100%',
            complianceSeverity: 'MEDIUM',
            scheduleExpression: props.syncSchedule,
        });
        // CloudFormation's published schema (and cfn-lint) has no Tags on associations yet.
        this.association.addPropertyDeletionOverride('Tags');
        // The pieces must exist before the association first resolves them.
        this.parameters.forEach((p) => this.association.node.addDependency(p));
    }
    /** Number of users published. */
    get userCount() {
        return this.published.userCount;
    }
    /**
     * Lets a principal (a workspace role) read the registry: the manifest and the pieces,
     * or the S3 object.
     */
    grantRead(grantee) {
        const stack = aws_cdk_lib_1.Stack.of(this);
        const paramArn = (name) => stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: name.slice(1), arnFormat: aws_cdk_lib_1.ArnFormat.SLASH_RESOURCE_NAME });
        const grant = iam.Grant.addToPrincipal({
            grantee,
            actions: ['ssm:GetParameter', 'ssm:GetParameters'],
            // Literal names: `this.manifest.parameterName` is a token, and slicing a token's text
            // would produce a policy for a parameter called "{Token[...]}".
            resourceArns: [paramArn(`${this.parameterPrefix}/manifest`), ...this.parameterNames.map(paramArn)],
        });
        if (this.asset) {
            iam.Grant.addToPrincipal({
                grantee,
                actions: ['s3:GetObject'],
                resourceArns: [aws_cdk_lib_1.Arn.format({ partition: aws_cdk_lib_1.Aws.PARTITION, service: 's3', region: '', account: '', resource: this.asset.s3BucketName, resourceName: this.asset.s3ObjectKey }, stack)],
            });
        }
        return grant;
    }
    /** The sync document: fetch, verify, apply. POSIX sh (the agent runs it with /bin/sh). */
    documentContent(storage, homeBase) {
        const script = (0, userdata_adapter_1.syncUsersScript)();
        const delim = heredoc(script);
        const parameters = {
            registrySha256: { type: 'String', description: 'SHA-256 of the registry file (hex)', allowedPattern: '^[0-9a-f]{64}$' },
        };
        const steps = [];
        const dir = '/var/lib/research-workspace/registry-sync';
        let fetch;
        if (storage === RegistryStorage.S3) {
            parameters.registryUrl = { type: 'String', description: 'https URL of the registry object (gzip)', allowedPattern: '^https://[A-Za-z0-9.-]+/[A-Za-z0-9._/-]+$' };
            parameters.registryFileName = { type: 'String', description: 'File name of the downloaded object', allowedPattern: '^[A-Za-z0-9._-]+$' };
            steps.push({
                action: 'aws:downloadContent',
                name: 'downloadRegistry',
                inputs: { sourceType: 'S3', sourceInfo: '{"path":"{{ registryUrl }}"}', destinationPath: `${dir}/incoming` },
            });
            fetch = [`gzip -dc "${dir}/incoming/{{ registryFileName }}" > "$tmp"`, `rm -f "${dir}/incoming/{{ registryFileName }}"`];
        }
        else {
            const names = this.parameterNames.map((_, i) => `piece${i}`);
            for (const n of names) {
                parameters[n] = { type: 'String', description: 'A piece of the registry (base64 of gzip), from Parameter Store', allowedPattern: '^[A-Za-z0-9+/=]*$' };
            }
            fetch = [`printf '%s' ${names.map((n) => `'{{ ${n} }}'`).join(' ')} | base64 -d | gzip -dc > "$tmp"`];
        }
        const lines = [
            'set -eu',
            'umask 077',
            `d=${dir}`,
            'install -d -m 0700 "$d" "$d/incoming"',
            // A workspace joining the lab: let its boot provisioning finish first (it creates the
            // owner and mounts the shared homes), then apply the whole registry.
            `if [ -d ${userdata_adapter_1.PAYLOAD_DIR} ]; then`,
            '  n=0',
            `  while [ ! -f ${userdata_adapter_1.PROVISION_STATUS} ] && [ "$n" -lt 360 ]; do sleep 10; n=$((n + 1)); done`,
            'fi',
            'tmp=$(mktemp "$d/registry.XXXXXX")',
            ...fetch,
            'if ! printf \'%s  %s\\n\' \'{{ registrySha256 }}\' "$tmp" | sha256sum -c --quiet - >/dev/null 2>&1; then',
            '  echo "rws-sync: the registry does not have SHA-256 {{ registrySha256 }}; nothing changed. Fix: deploy the lab stack again (the pieces and the association are updated together)" >&2',
            '  rm -f "$tmp"; exit 1',
            'fi',
            'mv -f "$tmp" "$d/registry.tsv"',
            `cat > "$d/rws-sync-users" <<'${delim}'`,
            script.replace(/\n$/, ''),
            delim,
            'chmod 0700 "$d/rws-sync-users"',
            // The machine's provisioning records its sync arguments (home base, extra groups, shell
            // overrides, -K, and -u when the workspace has only some of the lab's users), one a line,
            // root-owned. A machine whose provisioning failed before recording them gets nothing
            // (the lab default could give it every user); one without our provisioning gets the
            // lab default.
            'args=/etc/research-workspace/sync-users.args',
            'if [ -f "$args" ]; then',
            '  if [ "$(stat -c %u "$args")" != 0 ] || [ -n "$(find "$args" -perm /022)" ]; then',
            '    echo "rws-sync: $args is not root-owned or is writable by others; nothing changed. Fix: chown root:root $args && chmod 0644 $args" >&2; exit 1',
            '  fi',
            '  set --',
            '  while IFS= read -r a || [ -n "$a" ]; do case $a in \'\' | \'#\'*) ;; *) set -- "$@" "$a" ;; esac; done < "$args"',
            `elif [ -d ${userdata_adapter_1.PAYLOAD_DIR} ] && [ "$(head -n 1 ${userdata_adapter_1.PROVISION_STATUS} 2>/dev/null)" = failed ]; then`,
            `  echo "rws-sync: the boot provisioning failed before it recorded this machine's sync arguments ($(grep -E \'^(step|reason)=\' ${userdata_adapter_1.PROVISION_STATUS} | tr \'\\n\' \' \')); nothing changed. Fix: see /var/log/research-workspace/provision.log, run the provisioning again (${userdata_adapter_1.PAYLOAD_DIR}/bin/rws-provision), then re-run this association" >&2; exit 1`,
            'else',
            `  set -- -H ${homeBase}`,
            'fi',
            'exec bash "$d/rws-sync-users" "$@" "$d/registry.tsv"',
        ];
        steps.push({
            action: 'aws:runShellScript',
            name: 'syncResearchUsers',
            precondition: { StringEquals: ['platformType', 'Linux'] },
            inputs: { timeoutSeconds: '4500', runCommand: [lines.join('\n')] },
        });
        return {
            schemaVersion: '2.2',
            description: `Applies the research user registry of lab ${this.labName} to this workspace (idempotent; users who left are locked, never deleted)`,
            parameters,
            mainSteps: steps,
        };
    }
}
exports.ResearchUserRegistry = ResearchUserRegistry;
function heredoc(content) {
    const lines = new Set(content.split('\n'));
    let d = 'RWS_SYNC_USERS_EOF';
    for (let i = 1; lines.has(d); i++)
        d = `RWS_SYNC_USERS_EOF_${i}`;
    return d;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVzZWFyY2gtdXNlci1yZWdpc3RyeS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9yZXNlYXJjaC11c2VyLXJlZ2lzdHJ5LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVDQUF5QjtBQUN6Qix1Q0FBeUI7QUFDekIsMkNBQTZCO0FBQzdCLDZDQUF5RDtBQUN6RCx5REFBMkM7QUFDM0Msb0VBQXNEO0FBQ3RELHlEQUEyQztBQUMzQywyQ0FBdUM7QUFFdkMsNENBQTJDO0FBQzNDLGlFQUF5STtBQUN6SSwyREFBNEQ7QUFDNUQsd0RBQXdEO0FBRXhEOztHQUVHO0FBQ0gsSUFBWSxlQWVYO0FBZkQsV0FBWSxlQUFlO0lBQ3pCOzs7T0FHRztJQUNILGdDQUFhLENBQUE7SUFDYiw2REFBNkQ7SUFDN0QsOERBQTJDLENBQUE7SUFDM0MsdUZBQXVGO0lBQ3ZGLDhEQUEyQyxDQUFBO0lBQzNDOzs7T0FHRztJQUNILDRCQUFTLENBQUE7QUFDWCxDQUFDLEVBZlcsZUFBZSwrQkFBZixlQUFlLFFBZTFCO0FBeURELDJEQUEyRDtBQUMzRCxNQUFNLE1BQU0sR0FBRywrQ0FBK0MsQ0FBQztBQUMvRCxNQUFNLGVBQWUsR0FBRyxJQUFJLENBQUM7QUFDN0IsTUFBTSxlQUFlLEdBQUcsSUFBSSxDQUFDO0FBRTdCOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7R0FxQkc7QUFDSCxNQUFhLG9CQUFxQixTQUFRLHNCQUFTO0lBQ2pELG9CQUFvQjtJQUNKLFFBQVEsQ0FBZTtJQUN2QyxnQkFBZ0I7SUFDQSxPQUFPLENBQVM7SUFDaEMsbUNBQW1DO0lBQ25CLE9BQU8sQ0FBa0I7SUFDekMseUNBQXlDO0lBQ3pCLE1BQU0sQ0FBUztJQUMvQiwwQ0FBMEM7SUFDMUIsU0FBUyxDQUFTO0lBQ2xDLDZCQUE2QjtJQUNiLGVBQWUsQ0FBUztJQUN4QyxrRUFBa0U7SUFDbEQsY0FBYyxDQUFXO0lBQ3pDLDhCQUE4QjtJQUNkLFFBQVEsQ0FBc0I7SUFDOUMseUJBQXlCO0lBQ1QsUUFBUSxDQUFrQjtJQUMxQyxxQ0FBcUM7SUFDckIsV0FBVyxDQUFxQjtJQUNoRCx1REFBdUQ7SUFDdkMsWUFBWSxDQUFTO0lBQ3JDLHlEQUF5RDtJQUN6QyxjQUFjLENBQVM7SUFDdkM7OztPQUdHO0lBQ2EsS0FBSyxDQUFrQjtJQUV0QixTQUFTLENBQW9CO0lBQzdCLFVBQVUsR0FBMEIsRUFBRSxDQUFDO0lBRXhELFlBQVksS0FBZ0IsRUFBRSxFQUFVLEVBQUUsS0FBZ0M7UUFDeEUsS0FBSyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNqQixJQUFBLDZCQUFlLEVBQUMsSUFBSSxFQUFFLDJCQUEyQixFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQzFELElBQUksQ0FBQyxRQUFRLEdBQUcsS0FBSyxDQUFDLFFBQVEsQ0FBQztRQUMvQixJQUFJLENBQUMsT0FBTyxHQUFHLEtBQUssQ0FBQyxPQUFPLENBQUM7UUFDN0IsSUFBSSxDQUFDLHlCQUF5QixDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUNuRCxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxPQUFPLEVBQUUsaUhBQWlILEVBQUUseUJBQXlCLENBQUMsQ0FBQztRQUN4TCxDQUFDO1FBQ0QsSUFBSSxDQUFDLGVBQWUsR0FBRyxLQUFLLENBQUMsZUFBZSxJQUFJLHdCQUF3QixLQUFLLENBQUMsT0FBTyxXQUFXLENBQUM7UUFDakcsSUFBSSxDQUFDLHdCQUF3QixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsZUFBZSxDQUFDLElBQUksSUFBSSxDQUFDLGVBQWUsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLElBQUksSUFBSSxDQUFDLGVBQWUsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztZQUMzSyxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsSUFBSSxDQUFDLGVBQWUsRUFBRSxtR0FBbUcsRUFDeEoscURBQXFELENBQUMsQ0FBQztRQUMzRCxDQUFDO1FBQ0QsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLGVBQWUsSUFBSSxPQUFPLENBQUM7UUFDbEQsSUFBSSxDQUFDLHNCQUFzQixDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDO1lBQzNDLElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxpQkFBaUIsRUFBRSxRQUFRLEVBQUUseUNBQXlDLEVBQUUsb0JBQW9CLENBQUMsQ0FBQztRQUM5RyxDQUFDO1FBQ0QsTUFBTSxNQUFNLEdBQUcsS0FBSyxDQUFDLFlBQVksSUFBSSxjQUFPLENBQUM7UUFDN0MsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLGNBQWMsSUFBSSxLQUFLLENBQUMsT0FBTyxDQUFDO1FBQ3ZELElBQUksQ0FBQyxZQUFZLEdBQUcsTUFBTSxDQUFDO1FBQzNCLElBQUksQ0FBQyxjQUFjLEdBQUcsUUFBUSxDQUFDO1FBRS9CLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBQSxvQ0FBaUIsRUFBQyxLQUFLLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDbkQsSUFBSSxDQUFDLE1BQU0sR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sQ0FBQztRQUNwQyxJQUFJLENBQUMsU0FBUyxHQUFHLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDbkUsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLFNBQVMsQ0FBQyxVQUFVLENBQUM7UUFDdEMsSUFBSSxPQUFPLEdBQUcsS0FBSyxDQUFDLE9BQU8sSUFBSSxlQUFlLENBQUMsSUFBSSxDQUFDO1FBQ3BELElBQUksT0FBTyxLQUFLLGVBQWUsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNyQyxPQUFPLEdBQUcsR0FBRyxDQUFDLE1BQU0sSUFBSSxDQUFDLEdBQUcsZUFBZSxDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsbUJBQW1CO2dCQUMvRSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sSUFBSSxDQUFDLEdBQUcsZUFBZSxDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsbUJBQW1CLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQyxFQUFFLENBQUM7UUFDbkcsQ0FBQztRQUNELElBQUksQ0FBQyxPQUFPLEdBQUcsT0FBTyxDQUFDO1FBRXZCLE1BQU0sV0FBVyxHQUFHLENBQUMsSUFBWSxFQUFFLEVBQUUsQ0FBQyxpQ0FBaUMsS0FBSyxDQUFDLE9BQU8sS0FBSyxJQUFJLEVBQUUsQ0FBQztRQUNoRyxJQUFJLFFBQWdCLENBQUM7UUFDckIsSUFBSSxPQUFPLEtBQUssZUFBZSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ25DLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsRUFBRSxlQUFlLENBQUMsQ0FBQyxFQUFFLFlBQVksSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQztZQUMzSCxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQzVDLElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxRQUFRLENBQUMsS0FBSyxDQUFDLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxtQkFBbUIsS0FBSyxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQztZQUNqSCxRQUFRLEdBQUcsUUFBUSxJQUFJLENBQUMsS0FBSyxDQUFDLFlBQVksSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLFdBQVcsRUFBRSxDQUFDO1lBQ3ZFLElBQUksQ0FBQyxjQUFjLEdBQUcsRUFBRSxDQUFDO1FBQzNCLENBQUM7YUFBTSxDQUFDO1lBQ04sTUFBTSxHQUFHLEdBQUcsT0FBTyxLQUFLLGVBQWUsQ0FBQyxtQkFBbUIsQ0FBQyxDQUFDLENBQUMsZUFBZSxDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUM7WUFDaEcsTUFBTSxNQUFNLEdBQUcsSUFBQSx3QkFBSyxFQUFDLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQztZQUMvQixJQUFJLE1BQU0sQ0FBQyxNQUFNLEdBQUcsRUFBRSxFQUFFLENBQUM7Z0JBQ3ZCLElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsT0FBTyxFQUFFLHNCQUFzQixNQUFNLENBQUMsTUFBTSxrQkFBa0IsR0FBRyxnQkFBZ0IsSUFBSSxDQUFDLFNBQVMsQ0FBQyxTQUFTLGlEQUFpRCxFQUNqTCxnREFBZ0QsQ0FBQyxDQUFDO1lBQ3RELENBQUM7WUFDRCxJQUFJLENBQUMsY0FBYyxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLElBQUksQ0FBQyxlQUFlLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUMzRSxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsRUFBRSxFQUFFO2dCQUMxQixJQUFJLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUMsSUFBSSxFQUFFLFFBQVEsQ0FBQyxFQUFFLEVBQUU7b0JBQzlELGFBQWEsRUFBRSxJQUFJLENBQUMsY0FBYyxDQUFDLENBQUMsQ0FBQztvQkFDckMsV0FBVyxFQUFFLEtBQUs7b0JBQ2xCLElBQUksRUFBRSxPQUFPLEtBQUssZUFBZSxDQUFDLG1CQUFtQixDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsYUFBYSxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLGFBQWEsQ0FBQyxRQUFRO29CQUMvRyxXQUFXLEVBQUUsV0FBVyxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsT0FBTyxNQUFNLENBQUMsTUFBTSw0QkFBNEIsQ0FBQztpQkFDekYsQ0FBQyxDQUFDLENBQUM7WUFDTixDQUFDLENBQUMsQ0FBQztZQUNILFFBQVEsR0FBRyxJQUFJLENBQUMsZUFBZSxDQUFDO1FBQ2xDLENBQUM7UUFDRCxJQUFJLENBQUMsUUFBUSxHQUFHLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxJQUFJLEVBQUUsVUFBVSxFQUFFO1lBQ3hELGFBQWEsRUFBRSxHQUFHLElBQUksQ0FBQyxlQUFlLFdBQVc7WUFDakQsV0FBVyxFQUFFLG1CQUFLLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLFlBQVksQ0FBQztnQkFDdkMsTUFBTSxFQUFFLE1BQU07Z0JBQ2QsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNO2dCQUNuQixPQUFPO2dCQUNQLFFBQVE7Z0JBQ1IsTUFBTSxFQUFFLElBQUksQ0FBQyxjQUFjLENBQUMsTUFBTTtnQkFDbEMsS0FBSyxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsU0FBUztnQkFDL0IsTUFBTSxFQUFFLEtBQUssQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLE1BQU07YUFDckMsQ0FBQztZQUNGLFdBQVcsRUFBRSxXQUFXLENBQUMsdUNBQXVDLENBQUM7U0FDbEUsQ0FBQyxDQUFDO1FBRUgsSUFBSSxDQUFDLFFBQVEsR0FBRyxJQUFJLEdBQUcsQ0FBQyxXQUFXLENBQUMsSUFBSSxFQUFFLGNBQWMsRUFBRTtZQUN4RCxZQUFZLEVBQUUsU0FBUztZQUN2QixjQUFjLEVBQUUsTUFBTTtZQUN0QixVQUFVLEVBQUUscUJBQXFCO1lBQ2pDLE9BQU8sRUFBRSxJQUFJLENBQUMsZUFBZSxDQUFDLE9BQU8sRUFBRSxRQUFRLENBQUM7WUFDaEQsSUFBSSxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsY0FBTyxFQUFFLEtBQUssRUFBRSxLQUFLLENBQUMsT0FBTyxFQUFFLENBQUM7U0FDL0MsQ0FBQyxDQUFDO1FBRUgsTUFBTSxVQUFVLEdBQWlDLEVBQUUsY0FBYyxFQUFFLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7UUFDbkYsSUFBSSxPQUFPLEtBQUssZUFBZSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ25DLFVBQVUsQ0FBQyxXQUFXLEdBQUcsQ0FBQyxjQUFjLGlCQUFHLENBQUMsTUFBTSxJQUFJLGlCQUFHLENBQUMsVUFBVSxJQUFJLElBQUksQ0FBQyxLQUFNLENBQUMsWUFBWSxJQUFJLElBQUksQ0FBQyxLQUFNLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztZQUMvSCxVQUFVLENBQUMsZ0JBQWdCLEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsS0FBTSxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUM7UUFDL0UsQ0FBQzthQUFNLENBQUM7WUFDTixJQUFJLENBQUMsY0FBYyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxHQUFHLFVBQVUsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN6RixDQUFDO1FBQ0QsSUFBSSxDQUFDLFdBQVcsR0FBRyxJQUFJLEdBQUcsQ0FBQyxjQUFjLENBQUMsSUFBSSxFQUFFLGlCQUFpQixFQUFFO1lBQ2pFLElBQUksRUFBRSxJQUFJLENBQUMsUUFBUSxDQUFDLEdBQUc7WUFDdkIsZUFBZSxFQUFFLE9BQU8sS0FBSyxDQUFDLE9BQU8sYUFBYTtZQUNsRCxPQUFPLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxPQUFPLE1BQU0sRUFBRSxFQUFFLE1BQU0sRUFBRSxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUM7WUFDdkQsVUFBVTtZQUNWLGNBQWMsRUFBRSxLQUFLLENBQUMsY0FBYyxJQUFJLEtBQUs7WUFDN0MsU0FBUyxFQUFFLE1BQU07WUFDakIsa0JBQWtCLEVBQUUsUUFBUTtZQUM1QixrQkFBa0IsRUFBRSxLQUFLLENBQUMsWUFBWTtTQUN2QyxDQUFDLENBQUM7UUFDSCxvRkFBb0Y7UUFDcEYsSUFBSSxDQUFDLFdBQVcsQ0FBQywyQkFBMkIsQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUNyRCxvRUFBb0U7UUFDcEUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLGFBQWEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3pFLENBQUM7SUFFRCxpQ0FBaUM7SUFDakMsSUFBVyxTQUFTO1FBQ2xCLE9BQU8sSUFBSSxDQUFDLFNBQVMsQ0FBQyxTQUFTLENBQUM7SUFDbEMsQ0FBQztJQUVEOzs7T0FHRztJQUNJLFNBQVMsQ0FBQyxPQUF1QjtRQUN0QyxNQUFNLEtBQUssR0FBRyxtQkFBSyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUM3QixNQUFNLFFBQVEsR0FBRyxDQUFDLElBQVksRUFBRSxFQUFFLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsUUFBUSxFQUFFLFdBQVcsRUFBRSxZQUFZLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsdUJBQVMsQ0FBQyxtQkFBbUIsRUFBRSxDQUFDLENBQUM7UUFDckssTUFBTSxLQUFLLEdBQUcsR0FBRyxDQUFDLEtBQUssQ0FBQyxjQUFjLENBQUM7WUFDckMsT0FBTztZQUNQLE9BQU8sRUFBRSxDQUFDLGtCQUFrQixFQUFFLG1CQUFtQixDQUFDO1lBQ2xELHNGQUFzRjtZQUN0RixnRUFBZ0U7WUFDaEUsWUFBWSxFQUFFLENBQUMsUUFBUSxDQUFDLEdBQUcsSUFBSSxDQUFDLGVBQWUsV0FBVyxDQUFDLEVBQUUsR0FBRyxJQUFJLENBQUMsY0FBYyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQztTQUNuRyxDQUFDLENBQUM7UUFDSCxJQUFJLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQztZQUNmLEdBQUcsQ0FBQyxLQUFLLENBQUMsY0FBYyxDQUFDO2dCQUN2QixPQUFPO2dCQUNQLE9BQU8sRUFBRSxDQUFDLGNBQWMsQ0FBQztnQkFDekIsWUFBWSxFQUFFLENBQUMsaUJBQUcsQ0FBQyxNQUFNLENBQUMsRUFBRSxTQUFTLEVBQUUsaUJBQUcsQ0FBQyxTQUFTLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsUUFBUSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsWUFBWSxFQUFFLFlBQVksRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLFdBQVcsRUFBRSxFQUFFLEtBQUssQ0FBQyxDQUFDO2FBQ2pMLENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxPQUFPLEtBQUssQ0FBQztJQUNmLENBQUM7SUFFRCwwRkFBMEY7SUFDbEYsZUFBZSxDQUFDLE9BQXdCLEVBQUUsUUFBZ0I7UUFDaEUsTUFBTSxNQUFNLEdBQUcsSUFBQSxrQ0FBZSxHQUFFLENBQUM7UUFDakMsTUFBTSxLQUFLLEdBQUcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQzlCLE1BQU0sVUFBVSxHQUFRO1lBQ3RCLGNBQWMsRUFBRSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsV0FBVyxFQUFFLG9DQUFvQyxFQUFFLGNBQWMsRUFBRSxnQkFBZ0IsRUFBRTtTQUN4SCxDQUFDO1FBQ0YsTUFBTSxLQUFLLEdBQVUsRUFBRSxDQUFDO1FBQ3hCLE1BQU0sR0FBRyxHQUFHLDJDQUEyQyxDQUFDO1FBQ3hELElBQUksS0FBZSxDQUFDO1FBQ3BCLElBQUksT0FBTyxLQUFLLGVBQWUsQ0FBQyxFQUFFLEVBQUUsQ0FBQztZQUNuQyxVQUFVLENBQUMsV0FBVyxHQUFHLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxXQUFXLEVBQUUseUNBQXlDLEVBQUUsY0FBYyxFQUFFLDJDQUEyQyxFQUFFLENBQUM7WUFDakssVUFBVSxDQUFDLGdCQUFnQixHQUFHLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxXQUFXLEVBQUUsb0NBQW9DLEVBQUUsY0FBYyxFQUFFLG1CQUFtQixFQUFFLENBQUM7WUFDekksS0FBSyxDQUFDLElBQUksQ0FBQztnQkFDVCxNQUFNLEVBQUUscUJBQXFCO2dCQUM3QixJQUFJLEVBQUUsa0JBQWtCO2dCQUN4QixNQUFNLEVBQUUsRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSw4QkFBOEIsRUFBRSxlQUFlLEVBQUUsR0FBRyxHQUFHLFdBQVcsRUFBRTthQUM3RyxDQUFDLENBQUM7WUFDSCxLQUFLLEdBQUcsQ0FBQyxhQUFhLEdBQUcsNENBQTRDLEVBQUUsVUFBVSxHQUFHLG1DQUFtQyxDQUFDLENBQUM7UUFDM0gsQ0FBQzthQUFNLENBQUM7WUFDTixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsY0FBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUM3RCxLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUssRUFBRSxDQUFDO2dCQUN0QixVQUFVLENBQUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLFdBQVcsRUFBRSxnRUFBZ0UsRUFBRSxjQUFjLEVBQUUsbUJBQW1CLEVBQUUsQ0FBQztZQUN6SixDQUFDO1lBQ0QsS0FBSyxHQUFHLENBQUMsZUFBZSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxrQ0FBa0MsQ0FBQyxDQUFDO1FBQ3hHLENBQUM7UUFDRCxNQUFNLEtBQUssR0FBRztZQUNaLFNBQVM7WUFDVCxXQUFXO1lBQ1gsS0FBSyxHQUFHLEVBQUU7WUFDVix1Q0FBdUM7WUFDdkMsc0ZBQXNGO1lBQ3RGLHFFQUFxRTtZQUNyRSxXQUFXLDhCQUFXLFVBQVU7WUFDaEMsT0FBTztZQUNQLGtCQUFrQixtQ0FBZ0IseURBQXlEO1lBQzNGLElBQUk7WUFDSixvQ0FBb0M7WUFDcEMsR0FBRyxLQUFLO1lBQ1IsMEdBQTBHO1lBQzFHLHdMQUF3TDtZQUN4TCx3QkFBd0I7WUFDeEIsSUFBSTtZQUNKLGdDQUFnQztZQUNoQyxnQ0FBZ0MsS0FBSyxHQUFHO1lBQ3hDLE1BQU0sQ0FBQyxPQUFPLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQztZQUN6QixLQUFLO1lBQ0wsZ0NBQWdDO1lBQ2hDLHdGQUF3RjtZQUN4RiwwRkFBMEY7WUFDMUYscUZBQXFGO1lBQ3JGLG9GQUFvRjtZQUNwRixlQUFlO1lBQ2YsOENBQThDO1lBQzlDLHlCQUF5QjtZQUN6QixvRkFBb0Y7WUFDcEYsb0pBQW9KO1lBQ3BKLE1BQU07WUFDTixVQUFVO1lBQ1Ysb0hBQW9IO1lBQ3BILGFBQWEsOEJBQVcsd0JBQXdCLG1DQUFnQixpQ0FBaUM7WUFDakcsa0lBQWtJLG1DQUFnQiwySEFBMkgsOEJBQVcsZ0VBQWdFO1lBQ3hWLE1BQU07WUFDTixlQUFlLFFBQVEsRUFBRTtZQUN6QixJQUFJO1lBQ0osc0RBQXNEO1NBQ3ZELENBQUM7UUFDRixLQUFLLENBQUMsSUFBSSxDQUFDO1lBQ1QsTUFBTSxFQUFFLG9CQUFvQjtZQUM1QixJQUFJLEVBQUUsbUJBQW1CO1lBQ3pCLFlBQVksRUFBRSxFQUFFLFlBQVksRUFBRSxDQUFDLGNBQWMsRUFBRSxPQUFPLENBQUMsRUFBRTtZQUN6RCxNQUFNLEVBQUUsRUFBRSxjQUFjLEVBQUUsTUFBTSxFQUFFLFVBQVUsRUFBRSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRTtTQUNuRSxDQUFDLENBQUM7UUFDSCxPQUFPO1lBQ0wsYUFBYSxFQUFFLEtBQUs7WUFDcEIsV0FBVyxFQUFFLDZDQUE2QyxJQUFJLENBQUMsT0FBTywyRUFBMkU7WUFDakosVUFBVTtZQUNWLFNBQVMsRUFBRSxLQUFLO1NBQ2pCLENBQUM7SUFDSixDQUFDO0NBQ0Y7QUF2UEQsb0RBdVBDO0FBRUQsU0FBUyxPQUFPLENBQUMsT0FBZTtJQUM5QixNQUFNLEtBQUssR0FBRyxJQUFJLEdBQUcsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7SUFDM0MsSUFBSSxDQUFDLEdBQUcsb0JBQW9CLENBQUM7SUFDN0IsS0FBSyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUU7UUFBRSxDQUFDLEdBQUcsc0JBQXNCLENBQUMsRUFBRSxDQUFDO0lBQ2pFLE9BQU8sQ0FBQyxDQUFDO0FBQ1gsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIG9zIGZyb20gJ29zJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBBcm4sIEFybkZvcm1hdCwgQXdzLCBTdGFjayB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGlhbSBmcm9tICdhd3MtY2RrLWxpYi9hd3MtaWFtJztcbmltcG9ydCAqIGFzIHMzYXNzZXRzIGZyb20gJ2F3cy1jZGstbGliL2F3cy1zMy1hc3NldHMnO1xuaW1wb3J0ICogYXMgc3NtIGZyb20gJ2F3cy1jZGstbGliL2F3cy1zc20nO1xuaW1wb3J0IHsgQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBVc2VyUmVnaXN0cnkgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3VzZXJzJztcbmltcG9ydCB7IGJhZFByb3AgfSBmcm9tICcuLi9wcml2YXRlL3Byb3BzJztcbmltcG9ydCB7IGNodW5rLCBQQVlMT0FEX0RJUiwgUFJPVklTSU9OX1NUQVRVUywgUHVibGlzaGVkUmVnaXN0cnksIHB1Ymxpc2hlZFJlZ2lzdHJ5LCBzeW5jVXNlcnNTY3JpcHQgfSBmcm9tICcuL3ByaXZhdGUvdXNlcmRhdGEtYWRhcHRlcic7XG5pbXBvcnQgeyBjaGVja0tub3duUHJvcHMgfSBmcm9tICcuLi8uLi9wcml2YXRlL2tub3duLXByb3BzJztcbmltcG9ydCB7IExBQl9UQUcgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUvdGFncyc7XG5cbi8qKlxuICogV2hlcmUgdGhlIHJlZ2lzdHJ5IGlzIHB1Ymxpc2hlZC5cbiAqL1xuZXhwb3J0IGVudW0gUmVnaXN0cnlTdG9yYWdlIHtcbiAgLyoqXG4gICAqIFN0YW5kYXJkLXRpZXIgcGFyYW1ldGVycyB3aGVuIHRoZSByZWdpc3RyeSBmaXRzIGluIGZvdXIgb2YgdGhlbSwgYWR2YW5jZWQtdGllciB3aGVuIGl0XG4gICAqIGZpdHMgaW4gZWlnaHQsIGVsc2UgUzMuXG4gICAqL1xuICBBVVRPID0gJ2F1dG8nLFxuICAvKiogU1NNIHBhcmFtZXRlcnMgb2YgdGhlIHN0YW5kYXJkIHRpZXIgKDQgS0IgZWFjaCwgZnJlZSkuICovXG4gIFNUQU5EQVJEX1BBUkFNRVRFUlMgPSAnc3RhbmRhcmQtcGFyYW1ldGVycycsXG4gIC8qKiBTU00gcGFyYW1ldGVycyBvZiB0aGUgYWR2YW5jZWQgdGllciAoOCBLQiBlYWNoLCBiaWxsZWQgcGVyIHBhcmFtZXRlciBhbmQgbW9udGgpLiAqL1xuICBBRFZBTkNFRF9QQVJBTUVURVJTID0gJ2FkdmFuY2VkLXBhcmFtZXRlcnMnLFxuICAvKipcbiAgICogQW4gUzMgb2JqZWN0OiB0aGUgQ0RLIGZpbGUgYXNzZXQgKHRoZSBib290c3RyYXAgYnVja2V0LCBlbmNyeXB0ZWQgYXQgcmVzdCksIGZvclxuICAgKiByZWdpc3RyaWVzIHRvbyBsYXJnZSBmb3IgYSBmZXcgcGFyYW1ldGVycy5cbiAgICovXG4gIFMzID0gJ3MzJyxcbn1cblxuLyoqXG4gKiBQcm9wZXJ0aWVzIG9mIGEgUmVzZWFyY2hVc2VyUmVnaXN0cnkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzZWFyY2hVc2VyUmVnaXN0cnlQcm9wcyB7XG4gIC8qKiBUaGUgdXNlcnMgYW5kIGdyb3VwcyAobmFtZXMsIGlkcywgZ3JvdXBzLCBwdWJsaWMgU1NIIGtleXM7IG5ldmVyIHNlY3JldHMpLiAqL1xuICByZWFkb25seSByZWdpc3RyeTogVXNlclJlZ2lzdHJ5O1xuXG4gIC8qKiBMYWIgbmFtZTogcGFyYW1ldGVyIG5hbWVzLCB0aGUgYXNzb2NpYXRpb24ncyB0YXJnZXQgdGFnIHZhbHVlIGFuZCBkZXNjcmlwdGlvbnMuICovXG4gIHJlYWRvbmx5IGxhYk5hbWU6IHN0cmluZztcblxuICAvKipcbiAgICogUHJlZml4IG9mIHRoZSBwYXJhbWV0ZXIgbmFtZXM6IHRoZSBwaWVjZXMgYXJlIGA8cHJlZml4Pi8wYCwgYDxwcmVmaXg+LzFgLCAuLi4gYW5kXG4gICAqIGA8cHJlZml4Pi9tYW5pZmVzdGAgZGVzY3JpYmVzIHRoZW0uXG4gICAqIEBkZWZhdWx0IFwiL3Jlc2VhcmNoLXdvcmtzcGFjZXMvPGxhYk5hbWU+L3JlZ2lzdHJ5XCJcbiAgICovXG4gIHJlYWRvbmx5IHBhcmFtZXRlclByZWZpeD86IHN0cmluZztcblxuICAvKipcbiAgICogV2hlcmUgdGhlIHJlZ2lzdHJ5IGlzIHB1Ymxpc2hlZC5cbiAgICogQGRlZmF1bHQgUmVnaXN0cnlTdG9yYWdlLkFVVE9cbiAgICovXG4gIHJlYWRvbmx5IHN0b3JhZ2U/OiBSZWdpc3RyeVN0b3JhZ2U7XG5cbiAgLyoqXG4gICAqIFRhZyBrZXkgdGhlIFN0YXRlIE1hbmFnZXIgYXNzb2NpYXRpb24gdGFyZ2V0cy5cbiAgICogQGRlZmF1bHQgXCJyZXNlYXJjaDpsYWJcIlxuICAgKi9cbiAgcmVhZG9ubHkgdGFyZ2V0VGFnS2V5Pzogc3RyaW5nO1xuXG4gIC8qKlxuICAgKiBUYWcgdmFsdWUgdGhlIGFzc29jaWF0aW9uIHRhcmdldHMuXG4gICAqIEBkZWZhdWx0IC0gdGhlIGxhYiBuYW1lXG4gICAqL1xuICByZWFkb25seSB0YXJnZXRUYWdWYWx1ZT86IHN0cmluZztcblxuICAvKipcbiAgICogSG9tZSBiYXNlIHRoZSBzeW5jIHVzZXMgb24gbWFjaGluZXMgd2hvc2UgcHJvdmlzaW9uaW5nIHJlY29yZGVkIG5vIHN5bmMgc2V0dGluZ3Mgb2YgaXRzIG93bi5cbiAgICogQGRlZmF1bHQgXCIvaG9tZVwiXG4gICAqL1xuICByZWFkb25seSBkZWZhdWx0SG9tZUJhc2U/OiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIEFsc28gcmUtYXBwbHkgdGhlIHJlZ2lzdHJ5IG9uIHRoaXMgc2NoZWR1bGUgKGEgU3RhdGUgTWFuYWdlciBjcm9uIG9yIHJhdGUgZXhwcmVzc2lvbiksXG4gICAqIHJlcGFpcmluZyBkcmlmdCBvbiB0aGUgbWFjaGluZXMuXG4gICAqIEBkZWZhdWx0IC0gb25seSB3aGVuIHRoZSByZWdpc3RyeSBjaGFuZ2VzIGFuZCB3aGVuIGEgd29ya3NwYWNlIGpvaW5zXG4gICAqL1xuICByZWFkb25seSBzeW5jU2NoZWR1bGU/OiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIEF0IG1vc3QgdGhpcyBtYW55IChvciB0aGlzIHBlcmNlbnRhZ2Ugb2YpIHdvcmtzcGFjZXMgc3luYyBhdCB0aGUgc2FtZSB0aW1lLlxuICAgKiBAZGVmYXVsdCBcIjUwJVwiXG4gICAqL1xuICByZWFkb25seSBtYXhDb25jdXJyZW5jeT86IHN0cmluZztcbn1cblxuLyoqIFRoZSBmb3JtYXQgbmFtZSB3cml0dGVuIGludG8gdGhlIG1hbmlmZXN0IHBhcmFtZXRlci4gKi9cbmNvbnN0IEZPUk1BVCA9ICdyZXNlYXJjaC13b3Jrc3BhY2UgcmVnaXN0cnkgdjEgKGd6aXAsIGJhc2U2NCknO1xuY29uc3QgU1RBTkRBUkRfTEVOR1RIID0gNDA5NjtcbmNvbnN0IEFEVkFOQ0VEX0xFTkdUSCA9IDgxOTI7XG5cbi8qKlxuICogVGhlIGxhYidzIHJlc2VhcmNoIHVzZXIgcmVnaXN0cnkgcHVibGlzaGVkIHRvIEFXUywgYW5kIGtlcHQgYXBwbGllZCBvbiBldmVyeSBydW5uaW5nXG4gKiB3b3Jrc3BhY2Ugd2l0aG91dCBhIHJlYm9vdC5cbiAqXG4gKiAtIFRoZSByZWdpc3RyeSBmaWxlICh1c2VycywgdWlkcywgZ2lkcywgZ3JvdXBzLCBwdWJsaWMgU1NIIGtleXM6IG5vdGhpbmcgc2VjcmV0KSBpc1xuICogICBnemlwcGVkLCBiYXNlNjQtZW5jb2RlZCBhbmQgc3BsaXQgaW50byBTU00gcGFyYW1ldGVycyBgPHByZWZpeD4vMC4ubi0xYCAoc3RhbmRhcmQgdGllclxuICogICB1cCB0byA0IEtCIGVhY2gsIGFkdmFuY2VkIHRpZXIgdXAgdG8gOCBLQikgb3IsIHdoZW4gbGFyZ2UsIHB1Ymxpc2hlZCBhcyBhbiBTMyBvYmplY3Q7XG4gKiAgIGA8cHJlZml4Pi9tYW5pZmVzdGAgbmFtZXMgdGhlIHBpZWNlcyBhbmQgdGhlIFNIQS0yNTYgb2YgdGhlIGZpbGUuXG4gKiAtIEFuIFNTTSBDb21tYW5kIGRvY3VtZW50IGZldGNoZXMgdGhlIHBpZWNlcyAoUGFyYW1ldGVyIFN0b3JlIHJlZmVyZW5jZXMgcmVzb2x2ZWQgYnlcbiAqICAgU3lzdGVtcyBNYW5hZ2VyLCBvciBgYXdzOmRvd25sb2FkQ29udGVudGAgZnJvbSBTMyksIGNoZWNrcyB0aGUgU0hBLTI1NiwgYW5kIHJ1bnMgdGhlXG4gKiAgIHVzZXItZGF0YSBnZW5lcmF0b3IncyBpZGVtcG90ZW50IGByd3Mtc3luYy11c2Vyc2Agc2NyaXB0IHdpdGggdGhlIGFyZ3VtZW50cyB0aGUgbWFjaGluZSdzXG4gKiAgIHByb3Zpc2lvbmluZyByZWNvcmRlZCBpbiBgL2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2Uvc3luYy11c2Vycy5hcmdzYCAoaG9tZSBiYXNlLCBncm91cHMsXG4gKiAgIHNoZWxscywgYW5kIHRoZSB3b3Jrc3BhY2UncyBzZWxlY3Rpb24gb2YgdXNlcnMpOyBhIG1hY2hpbmUgd2hvc2UgcHJvdmlzaW9uaW5nIGZhaWxlZFxuICogICBiZWZvcmUgcmVjb3JkaW5nIHRoZW0gZ2V0cyBub3RoaW5nLCBvbmUgd2l0aG91dCBvdXIgcHJvdmlzaW9uaW5nIGAtSCA8ZGVmYXVsdEhvbWVCYXNlPmAuXG4gKiAtIEEgU3RhdGUgTWFuYWdlciBhc3NvY2lhdGlvbiBydW5zIHRoZSBkb2N1bWVudCBvbiBldmVyeSBpbnN0YW5jZSB0YWdnZWQgd2l0aCB0aGUgbGFiOlxuICogICB3aGVuIGEgd29ya3NwYWNlIGpvaW5zLCBhbmQgYWdhaW4gd2hlbmV2ZXIgdGhlIHJlZ2lzdHJ5IGNoYW5nZXMgKHRoZSByZWdpc3RyeSdzXG4gKiAgIFNIQS0yNTYgaXMgYW4gYXNzb2NpYXRpb24gcGFyYW1ldGVyLCBzbyBDbG91ZEZvcm1hdGlvbiB1cGRhdGVzIHRoZSBhc3NvY2lhdGlvbikuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IHVzZXJzID0gbmV3IFJlc2VhcmNoVXNlclJlZ2lzdHJ5KHRoaXMsICdVc2VycycsIHsgcmVnaXN0cnk6IFVzZXJSZWdpc3RyeS5mcm9tRmlsZSgndXNlcnMueWFtbCcpLCBsYWJOYW1lOiAnZ2Vub21pY3MnIH0pO1xuICogdXNlcnMuZ3JhbnRSZWFkKHdvcmtzcGFjZS5yb2xlKTtcbiAqL1xuZXhwb3J0IGNsYXNzIFJlc2VhcmNoVXNlclJlZ2lzdHJ5IGV4dGVuZHMgQ29uc3RydWN0IHtcbiAgLyoqIFRoZSByZWdpc3RyeS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHJlZ2lzdHJ5OiBVc2VyUmVnaXN0cnk7XG4gIC8qKiBMYWIgbmFtZS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGxhYk5hbWU6IHN0cmluZztcbiAgLyoqIFN0b3JhZ2UgY2hvc2VuIChuZXZlciBBVVRPKS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHN0b3JhZ2U6IFJlZ2lzdHJ5U3RvcmFnZTtcbiAgLyoqIFNIQS0yNTYgb2YgdGhlIHJlZ2lzdHJ5IGZpbGUsIGhleC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHNoYTI1Njogc3RyaW5nO1xuICAvKiogU2l6ZSBvZiB0aGUgcmVnaXN0cnkgZmlsZSBpbiBieXRlcy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHNpemVCeXRlczogbnVtYmVyO1xuICAvKiogUGFyYW1ldGVyIG5hbWUgcHJlZml4LiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgcGFyYW1ldGVyUHJlZml4OiBzdHJpbmc7XG4gIC8qKiBOYW1lcyBvZiB0aGUgcGFyYW1ldGVycyBob2xkaW5nIHRoZSBwaWVjZXMgKGVtcHR5IHdpdGggUzMpLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgcGFyYW1ldGVyTmFtZXM6IHN0cmluZ1tdO1xuICAvKiogVGhlIG1hbmlmZXN0IHBhcmFtZXRlci4gKi9cbiAgcHVibGljIHJlYWRvbmx5IG1hbmlmZXN0OiBzc20uU3RyaW5nUGFyYW1ldGVyO1xuICAvKiogVGhlIHN5bmMgZG9jdW1lbnQuICovXG4gIHB1YmxpYyByZWFkb25seSBkb2N1bWVudDogc3NtLkNmbkRvY3VtZW50O1xuICAvKiogVGhlIFN0YXRlIE1hbmFnZXIgYXNzb2NpYXRpb24uICovXG4gIHB1YmxpYyByZWFkb25seSBhc3NvY2lhdGlvbjogc3NtLkNmbkFzc29jaWF0aW9uO1xuICAvKiogVGFnIGtleSBvZiB0aGUgbWFjaGluZXMgdGhlIGFzc29jaWF0aW9uIHRhcmdldHMuICovXG4gIHB1YmxpYyByZWFkb25seSB0YXJnZXRUYWdLZXk6IHN0cmluZztcbiAgLyoqIFRhZyB2YWx1ZSBvZiB0aGUgbWFjaGluZXMgdGhlIGFzc29jaWF0aW9uIHRhcmdldHMuICovXG4gIHB1YmxpYyByZWFkb25seSB0YXJnZXRUYWdWYWx1ZTogc3RyaW5nO1xuICAvKipcbiAgICogVGhlIFMzIG9iamVjdCwgd2l0aCBTMyBzdG9yYWdlLlxuICAgKiBAZGVmYXVsdCAtIG5vbmVcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBhc3NldD86IHMzYXNzZXRzLkFzc2V0O1xuXG4gIHByaXZhdGUgcmVhZG9ubHkgcHVibGlzaGVkOiBQdWJsaXNoZWRSZWdpc3RyeTtcbiAgcHJpdmF0ZSByZWFkb25seSBwYXJhbWV0ZXJzOiBzc20uU3RyaW5nUGFyYW1ldGVyW10gPSBbXTtcblxuICBjb25zdHJ1Y3RvcihzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nLCBwcm9wczogUmVzZWFyY2hVc2VyUmVnaXN0cnlQcm9wcykge1xuICAgIHN1cGVyKHNjb3BlLCBpZCk7XG4gICAgY2hlY2tLbm93blByb3BzKHRoaXMsICdSZXNlYXJjaFVzZXJSZWdpc3RyeVByb3BzJywgcHJvcHMpO1xuICAgIHRoaXMucmVnaXN0cnkgPSBwcm9wcy5yZWdpc3RyeTtcbiAgICB0aGlzLmxhYk5hbWUgPSBwcm9wcy5sYWJOYW1lO1xuICAgIGlmICghL15bQS1aYS16MC05Xy4tXXsxLDEwMH0kLy50ZXN0KHByb3BzLmxhYk5hbWUpKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICdsYWJOYW1lJywgcHJvcHMubGFiTmFtZSwgJ2EgbGFiIG5hbWUgbWF5IGhvbGQgb25seSBsZXR0ZXJzLCBkaWdpdHMsIFwiLlwiLCBcIl9cIiBhbmQgXCItXCIgKGl0IGJlY29tZXMgcGFydCBvZiBwYXJhbWV0ZXIgbmFtZXMgYW5kIGEgdGFnIHZhbHVlKScsICd1c2UgZS5nLiBcImdlbm9taWNzLWxhYlwiJyk7XG4gICAgfVxuICAgIHRoaXMucGFyYW1ldGVyUHJlZml4ID0gcHJvcHMucGFyYW1ldGVyUHJlZml4ID8/IGAvcmVzZWFyY2gtd29ya3NwYWNlcy8ke3Byb3BzLmxhYk5hbWV9L3JlZ2lzdHJ5YDtcbiAgICBpZiAoIS9eKFxcL1tBLVphLXowLTlfLi1dKykrJC8udGVzdCh0aGlzLnBhcmFtZXRlclByZWZpeCkgfHwgdGhpcy5wYXJhbWV0ZXJQcmVmaXgudG9Mb3dlckNhc2UoKS5zdGFydHNXaXRoKCcvYXdzJykgfHwgdGhpcy5wYXJhbWV0ZXJQcmVmaXgudG9Mb3dlckNhc2UoKS5zdGFydHNXaXRoKCcvc3NtJykpIHtcbiAgICAgIGJhZFByb3AodGhpcywgJ3BhcmFtZXRlclByZWZpeCcsIHRoaXMucGFyYW1ldGVyUHJlZml4LCAnbm90IGEgdXNhYmxlIHBhcmFtZXRlciBwYXRoIChhYnNvbHV0ZSwgbGV0dGVycywgZGlnaXRzLCBcIl9cIiwgXCIuXCIgYW5kIFwiLVwiLCBub3QgYmVsb3cgL2F3cyBvciAvc3NtKScsXG4gICAgICAgICd3cml0ZSBlLmcuIFwiL3Jlc2VhcmNoLXdvcmtzcGFjZXMvZ2Vub21pY3MvcmVnaXN0cnlcIicpO1xuICAgIH1cbiAgICBjb25zdCBob21lQmFzZSA9IHByb3BzLmRlZmF1bHRIb21lQmFzZSA/PyAnL2hvbWUnO1xuICAgIGlmICghL15cXC9bQS1aYS16MC05Ll8vLV0qJC8udGVzdChob21lQmFzZSkpIHtcbiAgICAgIGJhZFByb3AodGhpcywgJ2RlZmF1bHRIb21lQmFzZScsIGhvbWVCYXNlLCAnbm90IGFuIGFic29sdXRlIHBhdGggb2Ygc2FmZSBjaGFyYWN0ZXJzJywgJ3dyaXRlIGUuZy4gXCIvaG9tZVwiJyk7XG4gICAgfVxuICAgIGNvbnN0IHRhZ0tleSA9IHByb3BzLnRhcmdldFRhZ0tleSA/PyBMQUJfVEFHO1xuICAgIGNvbnN0IHRhZ1ZhbHVlID0gcHJvcHMudGFyZ2V0VGFnVmFsdWUgPz8gcHJvcHMubGFiTmFtZTtcbiAgICB0aGlzLnRhcmdldFRhZ0tleSA9IHRhZ0tleTtcbiAgICB0aGlzLnRhcmdldFRhZ1ZhbHVlID0gdGFnVmFsdWU7XG5cbiAgICB0aGlzLnB1Ymxpc2hlZCA9IHB1Ymxpc2hlZFJlZ2lzdHJ5KHByb3BzLnJlZ2lzdHJ5KTtcbiAgICB0aGlzLnNoYTI1NiA9IHRoaXMucHVibGlzaGVkLnNoYTI1NjtcbiAgICB0aGlzLnNpemVCeXRlcyA9IEJ1ZmZlci5ieXRlTGVuZ3RoKHRoaXMucHVibGlzaGVkLmNvbnRlbnQsICd1dGY4Jyk7XG4gICAgY29uc3QgYjY0ID0gdGhpcy5wdWJsaXNoZWQuZ3ppcEJhc2U2NDtcbiAgICBsZXQgc3RvcmFnZSA9IHByb3BzLnN0b3JhZ2UgPz8gUmVnaXN0cnlTdG9yYWdlLkFVVE87XG4gICAgaWYgKHN0b3JhZ2UgPT09IFJlZ2lzdHJ5U3RvcmFnZS5BVVRPKSB7XG4gICAgICBzdG9yYWdlID0gYjY0Lmxlbmd0aCA8PSA0ICogU1RBTkRBUkRfTEVOR1RIID8gUmVnaXN0cnlTdG9yYWdlLlNUQU5EQVJEX1BBUkFNRVRFUlNcbiAgICAgICAgOiBiNjQubGVuZ3RoIDw9IDggKiBBRFZBTkNFRF9MRU5HVEggPyBSZWdpc3RyeVN0b3JhZ2UuQURWQU5DRURfUEFSQU1FVEVSUyA6IFJlZ2lzdHJ5U3RvcmFnZS5TMztcbiAgICB9XG4gICAgdGhpcy5zdG9yYWdlID0gc3RvcmFnZTtcblxuICAgIGNvbnN0IGRlc2NyaXB0aW9uID0gKHdoYXQ6IHN0cmluZykgPT4gYFJlc2VhcmNoIHVzZXIgcmVnaXN0cnkgb2YgbGFiICR7cHJvcHMubGFiTmFtZX06ICR7d2hhdH1gO1xuICAgIGxldCBsb2NhdGlvbjogc3RyaW5nO1xuICAgIGlmIChzdG9yYWdlID09PSBSZWdpc3RyeVN0b3JhZ2UuUzMpIHtcbiAgICAgIGNvbnN0IGZpbGUgPSBwYXRoLmpvaW4oZnMubWtkdGVtcFN5bmMocGF0aC5qb2luKG9zLnRtcGRpcigpLCAncndzLXJlZ2lzdHJ5LScpKSwgYHJlZ2lzdHJ5LSR7dGhpcy5zaGEyNTYuc2xpY2UoMCwgMTYpfS5nemApO1xuICAgICAgZnMud3JpdGVGaWxlU3luYyhmaWxlLCB0aGlzLnB1Ymxpc2hlZC5nemlwKTtcbiAgICAgIHRoaXMuYXNzZXQgPSBuZXcgczNhc3NldHMuQXNzZXQodGhpcywgJ09iamVjdCcsIHsgcGF0aDogZmlsZSwgZGlzcGxheU5hbWU6IGByZWdpc3RyeSBvZiBsYWIgJHtwcm9wcy5sYWJOYW1lfWAgfSk7XG4gICAgICBsb2NhdGlvbiA9IGBzMzovLyR7dGhpcy5hc3NldC5zM0J1Y2tldE5hbWV9LyR7dGhpcy5hc3NldC5zM09iamVjdEtleX1gO1xuICAgICAgdGhpcy5wYXJhbWV0ZXJOYW1lcyA9IFtdO1xuICAgIH0gZWxzZSB7XG4gICAgICBjb25zdCBtYXggPSBzdG9yYWdlID09PSBSZWdpc3RyeVN0b3JhZ2UuQURWQU5DRURfUEFSQU1FVEVSUyA/IEFEVkFOQ0VEX0xFTkdUSCA6IFNUQU5EQVJEX0xFTkdUSDtcbiAgICAgIGNvbnN0IHBpZWNlcyA9IGNodW5rKGI2NCwgbWF4KTtcbiAgICAgIGlmIChwaWVjZXMubGVuZ3RoID4gNDApIHtcbiAgICAgICAgYmFkUHJvcCh0aGlzLCAnc3RvcmFnZScsIHN0b3JhZ2UsIGB0aGUgcmVnaXN0cnkgbmVlZHMgJHtwaWVjZXMubGVuZ3RofSBwYXJhbWV0ZXJzIG9mICR7bWF4fSBjaGFyYWN0ZXJzICgke3RoaXMucHVibGlzaGVkLnVzZXJDb3VudH0gdXNlcnMpOyBhIHN5bmMgZG9jdW1lbnQgY2Fubm90IGNhcnJ5IHRoYXQgbWFueWAsXG4gICAgICAgICAgJ3VzZSBSZWdpc3RyeVN0b3JhZ2UuUzMgb3IgUmVnaXN0cnlTdG9yYWdlLkFVVE8nKTtcbiAgICAgIH1cbiAgICAgIHRoaXMucGFyYW1ldGVyTmFtZXMgPSBwaWVjZXMubWFwKChfLCBpKSA9PiBgJHt0aGlzLnBhcmFtZXRlclByZWZpeH0vJHtpfWApO1xuICAgICAgcGllY2VzLmZvckVhY2goKHZhbHVlLCBpKSA9PiB7XG4gICAgICAgIHRoaXMucGFyYW1ldGVycy5wdXNoKG5ldyBzc20uU3RyaW5nUGFyYW1ldGVyKHRoaXMsIGBQaWVjZSR7aX1gLCB7XG4gICAgICAgICAgcGFyYW1ldGVyTmFtZTogdGhpcy5wYXJhbWV0ZXJOYW1lc1tpXSxcbiAgICAgICAgICBzdHJpbmdWYWx1ZTogdmFsdWUsXG4gICAgICAgICAgdGllcjogc3RvcmFnZSA9PT0gUmVnaXN0cnlTdG9yYWdlLkFEVkFOQ0VEX1BBUkFNRVRFUlMgPyBzc20uUGFyYW1ldGVyVGllci5BRFZBTkNFRCA6IHNzbS5QYXJhbWV0ZXJUaWVyLlNUQU5EQVJELFxuICAgICAgICAgIGRlc2NyaXB0aW9uOiBkZXNjcmlwdGlvbihgcGllY2UgJHtpICsgMX0gb2YgJHtwaWVjZXMubGVuZ3RofSAoYmFzZTY0IG9mIHRoZSBnemlwIGZpbGUpYCksXG4gICAgICAgIH0pKTtcbiAgICAgIH0pO1xuICAgICAgbG9jYXRpb24gPSB0aGlzLnBhcmFtZXRlclByZWZpeDtcbiAgICB9XG4gICAgdGhpcy5tYW5pZmVzdCA9IG5ldyBzc20uU3RyaW5nUGFyYW1ldGVyKHRoaXMsICdNYW5pZmVzdCcsIHtcbiAgICAgIHBhcmFtZXRlck5hbWU6IGAke3RoaXMucGFyYW1ldGVyUHJlZml4fS9tYW5pZmVzdGAsXG4gICAgICBzdHJpbmdWYWx1ZTogU3RhY2sub2YodGhpcykudG9Kc29uU3RyaW5nKHtcbiAgICAgICAgZm9ybWF0OiBGT1JNQVQsXG4gICAgICAgIHNoYTI1NjogdGhpcy5zaGEyNTYsXG4gICAgICAgIHN0b3JhZ2UsXG4gICAgICAgIGxvY2F0aW9uLFxuICAgICAgICBwaWVjZXM6IHRoaXMucGFyYW1ldGVyTmFtZXMubGVuZ3RoLFxuICAgICAgICB1c2VyczogdGhpcy5wdWJsaXNoZWQudXNlckNvdW50LFxuICAgICAgICBncm91cHM6IHByb3BzLnJlZ2lzdHJ5Lmdyb3Vwcy5sZW5ndGgsXG4gICAgICB9KSxcbiAgICAgIGRlc2NyaXB0aW9uOiBkZXNjcmlwdGlvbignd2hlcmUgdGhlIHJlZ2lzdHJ5IGlzIGFuZCBpdHMgU0hBLTI1NicpLFxuICAgIH0pO1xuXG4gICAgdGhpcy5kb2N1bWVudCA9IG5ldyBzc20uQ2ZuRG9jdW1lbnQodGhpcywgJ1N5bmNEb2N1bWVudCcsIHtcbiAgICAgIGRvY3VtZW50VHlwZTogJ0NvbW1hbmQnLFxuICAgICAgZG9jdW1lbnRGb3JtYXQ6ICdKU09OJyxcbiAgICAgIHRhcmdldFR5cGU6ICcvQVdTOjpFQzI6Okluc3RhbmNlJyxcbiAgICAgIGNvbnRlbnQ6IHRoaXMuZG9jdW1lbnRDb250ZW50KHN0b3JhZ2UsIGhvbWVCYXNlKSxcbiAgICAgIHRhZ3M6IFt7IGtleTogTEFCX1RBRywgdmFsdWU6IHByb3BzLmxhYk5hbWUgfV0sXG4gICAgfSk7XG5cbiAgICBjb25zdCBwYXJhbWV0ZXJzOiB7IFtuYW1lOiBzdHJpbmddOiBzdHJpbmdbXSB9ID0geyByZWdpc3RyeVNoYTI1NjogW3RoaXMuc2hhMjU2XSB9O1xuICAgIGlmIChzdG9yYWdlID09PSBSZWdpc3RyeVN0b3JhZ2UuUzMpIHtcbiAgICAgIHBhcmFtZXRlcnMucmVnaXN0cnlVcmwgPSBbYGh0dHBzOi8vczMuJHtBd3MuUkVHSU9OfS4ke0F3cy5VUkxfU1VGRklYfS8ke3RoaXMuYXNzZXQhLnMzQnVja2V0TmFtZX0vJHt0aGlzLmFzc2V0IS5zM09iamVjdEtleX1gXTtcbiAgICAgIHBhcmFtZXRlcnMucmVnaXN0cnlGaWxlTmFtZSA9IFtwYXRoLnBvc2l4LmJhc2VuYW1lKHRoaXMuYXNzZXQhLnMzT2JqZWN0S2V5KV07XG4gICAgfSBlbHNlIHtcbiAgICAgIHRoaXMucGFyYW1ldGVyTmFtZXMuZm9yRWFjaCgobiwgaSkgPT4geyBwYXJhbWV0ZXJzW2BwaWVjZSR7aX1gXSA9IFtge3tzc206JHtufX19YF07IH0pO1xuICAgIH1cbiAgICB0aGlzLmFzc29jaWF0aW9uID0gbmV3IHNzbS5DZm5Bc3NvY2lhdGlvbih0aGlzLCAnU3luY0Fzc29jaWF0aW9uJywge1xuICAgICAgbmFtZTogdGhpcy5kb2N1bWVudC5yZWYsXG4gICAgICBhc3NvY2lhdGlvbk5hbWU6IGByd3MtJHtwcm9wcy5sYWJOYW1lfS1zeW5jLXVzZXJzYCxcbiAgICAgIHRhcmdldHM6IFt7IGtleTogYHRhZzoke3RhZ0tleX1gLCB2YWx1ZXM6IFt0YWdWYWx1ZV0gfV0sXG4gICAgICBwYXJhbWV0ZXJzLFxuICAgICAgbWF4Q29uY3VycmVuY3k6IHByb3BzLm1heENvbmN1cnJlbmN5ID8/ICc1MCUnLFxuICAgICAgbWF4RXJyb3JzOiAnMTAwJScsXG4gICAgICBjb21wbGlhbmNlU2V2ZXJpdHk6ICdNRURJVU0nLFxuICAgICAgc2NoZWR1bGVFeHByZXNzaW9uOiBwcm9wcy5zeW5jU2NoZWR1bGUsXG4gICAgfSk7XG4gICAgLy8gQ2xvdWRGb3JtYXRpb24ncyBwdWJsaXNoZWQgc2NoZW1hIChhbmQgY2ZuLWxpbnQpIGhhcyBubyBUYWdzIG9uIGFzc29jaWF0aW9ucyB5ZXQuXG4gICAgdGhpcy5hc3NvY2lhdGlvbi5hZGRQcm9wZXJ0eURlbGV0aW9uT3ZlcnJpZGUoJ1RhZ3MnKTtcbiAgICAvLyBUaGUgcGllY2VzIG11c3QgZXhpc3QgYmVmb3JlIHRoZSBhc3NvY2lhdGlvbiBmaXJzdCByZXNvbHZlcyB0aGVtLlxuICAgIHRoaXMucGFyYW1ldGVycy5mb3JFYWNoKChwKSA9PiB0aGlzLmFzc29jaWF0aW9uLm5vZGUuYWRkRGVwZW5kZW5jeShwKSk7XG4gIH1cblxuICAvKiogTnVtYmVyIG9mIHVzZXJzIHB1Ymxpc2hlZC4gKi9cbiAgcHVibGljIGdldCB1c2VyQ291bnQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5wdWJsaXNoZWQudXNlckNvdW50O1xuICB9XG5cbiAgLyoqXG4gICAqIExldHMgYSBwcmluY2lwYWwgKGEgd29ya3NwYWNlIHJvbGUpIHJlYWQgdGhlIHJlZ2lzdHJ5OiB0aGUgbWFuaWZlc3QgYW5kIHRoZSBwaWVjZXMsXG4gICAqIG9yIHRoZSBTMyBvYmplY3QuXG4gICAqL1xuICBwdWJsaWMgZ3JhbnRSZWFkKGdyYW50ZWU6IGlhbS5JR3JhbnRhYmxlKTogaWFtLkdyYW50IHtcbiAgICBjb25zdCBzdGFjayA9IFN0YWNrLm9mKHRoaXMpO1xuICAgIGNvbnN0IHBhcmFtQXJuID0gKG5hbWU6IHN0cmluZykgPT4gc3RhY2suZm9ybWF0QXJuKHsgc2VydmljZTogJ3NzbScsIHJlc291cmNlOiAncGFyYW1ldGVyJywgcmVzb3VyY2VOYW1lOiBuYW1lLnNsaWNlKDEpLCBhcm5Gb3JtYXQ6IEFybkZvcm1hdC5TTEFTSF9SRVNPVVJDRV9OQU1FIH0pO1xuICAgIGNvbnN0IGdyYW50ID0gaWFtLkdyYW50LmFkZFRvUHJpbmNpcGFsKHtcbiAgICAgIGdyYW50ZWUsXG4gICAgICBhY3Rpb25zOiBbJ3NzbTpHZXRQYXJhbWV0ZXInLCAnc3NtOkdldFBhcmFtZXRlcnMnXSxcbiAgICAgIC8vIExpdGVyYWwgbmFtZXM6IGB0aGlzLm1hbmlmZXN0LnBhcmFtZXRlck5hbWVgIGlzIGEgdG9rZW4sIGFuZCBzbGljaW5nIGEgdG9rZW4ncyB0ZXh0XG4gICAgICAvLyB3b3VsZCBwcm9kdWNlIGEgcG9saWN5IGZvciBhIHBhcmFtZXRlciBjYWxsZWQgXCJ7VG9rZW5bLi4uXX1cIi5cbiAgICAgIHJlc291cmNlQXJuczogW3BhcmFtQXJuKGAke3RoaXMucGFyYW1ldGVyUHJlZml4fS9tYW5pZmVzdGApLCAuLi50aGlzLnBhcmFtZXRlck5hbWVzLm1hcChwYXJhbUFybildLFxuICAgIH0pO1xuICAgIGlmICh0aGlzLmFzc2V0KSB7XG4gICAgICBpYW0uR3JhbnQuYWRkVG9QcmluY2lwYWwoe1xuICAgICAgICBncmFudGVlLFxuICAgICAgICBhY3Rpb25zOiBbJ3MzOkdldE9iamVjdCddLFxuICAgICAgICByZXNvdXJjZUFybnM6IFtBcm4uZm9ybWF0KHsgcGFydGl0aW9uOiBBd3MuUEFSVElUSU9OLCBzZXJ2aWNlOiAnczMnLCByZWdpb246ICcnLCBhY2NvdW50OiAnJywgcmVzb3VyY2U6IHRoaXMuYXNzZXQuczNCdWNrZXROYW1lLCByZXNvdXJjZU5hbWU6IHRoaXMuYXNzZXQuczNPYmplY3RLZXkgfSwgc3RhY2spXSxcbiAgICAgIH0pO1xuICAgIH1cbiAgICByZXR1cm4gZ3JhbnQ7XG4gIH1cblxuICAvKiogVGhlIHN5bmMgZG9jdW1lbnQ6IGZldGNoLCB2ZXJpZnksIGFwcGx5LiBQT1NJWCBzaCAodGhlIGFnZW50IHJ1bnMgaXQgd2l0aCAvYmluL3NoKS4gKi9cbiAgcHJpdmF0ZSBkb2N1bWVudENvbnRlbnQoc3RvcmFnZTogUmVnaXN0cnlTdG9yYWdlLCBob21lQmFzZTogc3RyaW5nKTogYW55IHtcbiAgICBjb25zdCBzY3JpcHQgPSBzeW5jVXNlcnNTY3JpcHQoKTtcbiAgICBjb25zdCBkZWxpbSA9IGhlcmVkb2Moc2NyaXB0KTtcbiAgICBjb25zdCBwYXJhbWV0ZXJzOiBhbnkgPSB7XG4gICAgICByZWdpc3RyeVNoYTI1NjogeyB0eXBlOiAnU3RyaW5nJywgZGVzY3JpcHRpb246ICdTSEEtMjU2IG9mIHRoZSByZWdpc3RyeSBmaWxlIChoZXgpJywgYWxsb3dlZFBhdHRlcm46ICdeWzAtOWEtZl17NjR9JCcgfSxcbiAgICB9O1xuICAgIGNvbnN0IHN0ZXBzOiBhbnlbXSA9IFtdO1xuICAgIGNvbnN0IGRpciA9ICcvdmFyL2xpYi9yZXNlYXJjaC13b3Jrc3BhY2UvcmVnaXN0cnktc3luYyc7XG4gICAgbGV0IGZldGNoOiBzdHJpbmdbXTtcbiAgICBpZiAoc3RvcmFnZSA9PT0gUmVnaXN0cnlTdG9yYWdlLlMzKSB7XG4gICAgICBwYXJhbWV0ZXJzLnJlZ2lzdHJ5VXJsID0geyB0eXBlOiAnU3RyaW5nJywgZGVzY3JpcHRpb246ICdodHRwcyBVUkwgb2YgdGhlIHJlZ2lzdHJ5IG9iamVjdCAoZ3ppcCknLCBhbGxvd2VkUGF0dGVybjogJ15odHRwczovL1tBLVphLXowLTkuLV0rL1tBLVphLXowLTkuXy8tXSskJyB9O1xuICAgICAgcGFyYW1ldGVycy5yZWdpc3RyeUZpbGVOYW1lID0geyB0eXBlOiAnU3RyaW5nJywgZGVzY3JpcHRpb246ICdGaWxlIG5hbWUgb2YgdGhlIGRvd25sb2FkZWQgb2JqZWN0JywgYWxsb3dlZFBhdHRlcm46ICdeW0EtWmEtejAtOS5fLV0rJCcgfTtcbiAgICAgIHN0ZXBzLnB1c2goe1xuICAgICAgICBhY3Rpb246ICdhd3M6ZG93bmxvYWRDb250ZW50JyxcbiAgICAgICAgbmFtZTogJ2Rvd25sb2FkUmVnaXN0cnknLFxuICAgICAgICBpbnB1dHM6IHsgc291cmNlVHlwZTogJ1MzJywgc291cmNlSW5mbzogJ3tcInBhdGhcIjpcInt7IHJlZ2lzdHJ5VXJsIH19XCJ9JywgZGVzdGluYXRpb25QYXRoOiBgJHtkaXJ9L2luY29taW5nYCB9LFxuICAgICAgfSk7XG4gICAgICBmZXRjaCA9IFtgZ3ppcCAtZGMgXCIke2Rpcn0vaW5jb21pbmcve3sgcmVnaXN0cnlGaWxlTmFtZSB9fVwiID4gXCIkdG1wXCJgLCBgcm0gLWYgXCIke2Rpcn0vaW5jb21pbmcve3sgcmVnaXN0cnlGaWxlTmFtZSB9fVwiYF07XG4gICAgfSBlbHNlIHtcbiAgICAgIGNvbnN0IG5hbWVzID0gdGhpcy5wYXJhbWV0ZXJOYW1lcy5tYXAoKF8sIGkpID0+IGBwaWVjZSR7aX1gKTtcbiAgICAgIGZvciAoY29uc3QgbiBvZiBuYW1lcykge1xuICAgICAgICBwYXJhbWV0ZXJzW25dID0geyB0eXBlOiAnU3RyaW5nJywgZGVzY3JpcHRpb246ICdBIHBpZWNlIG9mIHRoZSByZWdpc3RyeSAoYmFzZTY0IG9mIGd6aXApLCBmcm9tIFBhcmFtZXRlciBTdG9yZScsIGFsbG93ZWRQYXR0ZXJuOiAnXltBLVphLXowLTkrLz1dKiQnIH07XG4gICAgICB9XG4gICAgICBmZXRjaCA9IFtgcHJpbnRmICclcycgJHtuYW1lcy5tYXAoKG4pID0+IGAne3sgJHtufSB9fSdgKS5qb2luKCcgJyl9IHwgYmFzZTY0IC1kIHwgZ3ppcCAtZGMgPiBcIiR0bXBcImBdO1xuICAgIH1cbiAgICBjb25zdCBsaW5lcyA9IFtcbiAgICAgICdzZXQgLWV1JyxcbiAgICAgICd1bWFzayAwNzcnLFxuICAgICAgYGQ9JHtkaXJ9YCxcbiAgICAgICdpbnN0YWxsIC1kIC1tIDA3MDAgXCIkZFwiIFwiJGQvaW5jb21pbmdcIicsXG4gICAgICAvLyBBIHdvcmtzcGFjZSBqb2luaW5nIHRoZSBsYWI6IGxldCBpdHMgYm9vdCBwcm92aXNpb25pbmcgZmluaXNoIGZpcnN0IChpdCBjcmVhdGVzIHRoZVxuICAgICAgLy8gb3duZXIgYW5kIG1vdW50cyB0aGUgc2hhcmVkIGhvbWVzKSwgdGhlbiBhcHBseSB0aGUgd2hvbGUgcmVnaXN0cnkuXG4gICAgICBgaWYgWyAtZCAke1BBWUxPQURfRElSfSBdOyB0aGVuYCxcbiAgICAgICcgIG49MCcsXG4gICAgICBgICB3aGlsZSBbICEgLWYgJHtQUk9WSVNJT05fU1RBVFVTfSBdICYmIFsgXCIkblwiIC1sdCAzNjAgXTsgZG8gc2xlZXAgMTA7IG49JCgobiArIDEpKTsgZG9uZWAsXG4gICAgICAnZmknLFxuICAgICAgJ3RtcD0kKG1rdGVtcCBcIiRkL3JlZ2lzdHJ5LlhYWFhYWFwiKScsXG4gICAgICAuLi5mZXRjaCxcbiAgICAgICdpZiAhIHByaW50ZiBcXCclcyAgJXNcXFxcblxcJyBcXCd7eyByZWdpc3RyeVNoYTI1NiB9fVxcJyBcIiR0bXBcIiB8IHNoYTI1NnN1bSAtYyAtLXF1aWV0IC0gPi9kZXYvbnVsbCAyPiYxOyB0aGVuJyxcbiAgICAgICcgIGVjaG8gXCJyd3Mtc3luYzogdGhlIHJlZ2lzdHJ5IGRvZXMgbm90IGhhdmUgU0hBLTI1NiB7eyByZWdpc3RyeVNoYTI1NiB9fTsgbm90aGluZyBjaGFuZ2VkLiBGaXg6IGRlcGxveSB0aGUgbGFiIHN0YWNrIGFnYWluICh0aGUgcGllY2VzIGFuZCB0aGUgYXNzb2NpYXRpb24gYXJlIHVwZGF0ZWQgdG9nZXRoZXIpXCIgPiYyJyxcbiAgICAgICcgIHJtIC1mIFwiJHRtcFwiOyBleGl0IDEnLFxuICAgICAgJ2ZpJyxcbiAgICAgICdtdiAtZiBcIiR0bXBcIiBcIiRkL3JlZ2lzdHJ5LnRzdlwiJyxcbiAgICAgIGBjYXQgPiBcIiRkL3J3cy1zeW5jLXVzZXJzXCIgPDwnJHtkZWxpbX0nYCxcbiAgICAgIHNjcmlwdC5yZXBsYWNlKC9cXG4kLywgJycpLFxuICAgICAgZGVsaW0sXG4gICAgICAnY2htb2QgMDcwMCBcIiRkL3J3cy1zeW5jLXVzZXJzXCInLFxuICAgICAgLy8gVGhlIG1hY2hpbmUncyBwcm92aXNpb25pbmcgcmVjb3JkcyBpdHMgc3luYyBhcmd1bWVudHMgKGhvbWUgYmFzZSwgZXh0cmEgZ3JvdXBzLCBzaGVsbFxuICAgICAgLy8gb3ZlcnJpZGVzLCAtSywgYW5kIC11IHdoZW4gdGhlIHdvcmtzcGFjZSBoYXMgb25seSBzb21lIG9mIHRoZSBsYWIncyB1c2VycyksIG9uZSBhIGxpbmUsXG4gICAgICAvLyByb290LW93bmVkLiBBIG1hY2hpbmUgd2hvc2UgcHJvdmlzaW9uaW5nIGZhaWxlZCBiZWZvcmUgcmVjb3JkaW5nIHRoZW0gZ2V0cyBub3RoaW5nXG4gICAgICAvLyAodGhlIGxhYiBkZWZhdWx0IGNvdWxkIGdpdmUgaXQgZXZlcnkgdXNlcik7IG9uZSB3aXRob3V0IG91ciBwcm92aXNpb25pbmcgZ2V0cyB0aGVcbiAgICAgIC8vIGxhYiBkZWZhdWx0LlxuICAgICAgJ2FyZ3M9L2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2Uvc3luYy11c2Vycy5hcmdzJyxcbiAgICAgICdpZiBbIC1mIFwiJGFyZ3NcIiBdOyB0aGVuJyxcbiAgICAgICcgIGlmIFsgXCIkKHN0YXQgLWMgJXUgXCIkYXJnc1wiKVwiICE9IDAgXSB8fCBbIC1uIFwiJChmaW5kIFwiJGFyZ3NcIiAtcGVybSAvMDIyKVwiIF07IHRoZW4nLFxuICAgICAgJyAgICBlY2hvIFwicndzLXN5bmM6ICRhcmdzIGlzIG5vdCByb290LW93bmVkIG9yIGlzIHdyaXRhYmxlIGJ5IG90aGVyczsgbm90aGluZyBjaGFuZ2VkLiBGaXg6IGNob3duIHJvb3Q6cm9vdCAkYXJncyAmJiBjaG1vZCAwNjQ0ICRhcmdzXCIgPiYyOyBleGl0IDEnLFxuICAgICAgJyAgZmknLFxuICAgICAgJyAgc2V0IC0tJyxcbiAgICAgICcgIHdoaWxlIElGUz0gcmVhZCAtciBhIHx8IFsgLW4gXCIkYVwiIF07IGRvIGNhc2UgJGEgaW4gXFwnXFwnIHwgXFwnI1xcJyopIDs7ICopIHNldCAtLSBcIiRAXCIgXCIkYVwiIDs7IGVzYWM7IGRvbmUgPCBcIiRhcmdzXCInLFxuICAgICAgYGVsaWYgWyAtZCAke1BBWUxPQURfRElSfSBdICYmIFsgXCIkKGhlYWQgLW4gMSAke1BST1ZJU0lPTl9TVEFUVVN9IDI+L2Rldi9udWxsKVwiID0gZmFpbGVkIF07IHRoZW5gLFxuICAgICAgYCAgZWNobyBcInJ3cy1zeW5jOiB0aGUgYm9vdCBwcm92aXNpb25pbmcgZmFpbGVkIGJlZm9yZSBpdCByZWNvcmRlZCB0aGlzIG1hY2hpbmUncyBzeW5jIGFyZ3VtZW50cyAoJChncmVwIC1FIFxcJ14oc3RlcHxyZWFzb24pPVxcJyAke1BST1ZJU0lPTl9TVEFUVVN9IHwgdHIgXFwnXFxcXG5cXCcgXFwnIFxcJykpOyBub3RoaW5nIGNoYW5nZWQuIEZpeDogc2VlIC92YXIvbG9nL3Jlc2VhcmNoLXdvcmtzcGFjZS9wcm92aXNpb24ubG9nLCBydW4gdGhlIHByb3Zpc2lvbmluZyBhZ2FpbiAoJHtQQVlMT0FEX0RJUn0vYmluL3J3cy1wcm92aXNpb24pLCB0aGVuIHJlLXJ1biB0aGlzIGFzc29jaWF0aW9uXCIgPiYyOyBleGl0IDFgLFxuICAgICAgJ2Vsc2UnLFxuICAgICAgYCAgc2V0IC0tIC1IICR7aG9tZUJhc2V9YCxcbiAgICAgICdmaScsXG4gICAgICAnZXhlYyBiYXNoIFwiJGQvcndzLXN5bmMtdXNlcnNcIiBcIiRAXCIgXCIkZC9yZWdpc3RyeS50c3ZcIicsXG4gICAgXTtcbiAgICBzdGVwcy5wdXNoKHtcbiAgICAgIGFjdGlvbjogJ2F3czpydW5TaGVsbFNjcmlwdCcsXG4gICAgICBuYW1lOiAnc3luY1Jlc2VhcmNoVXNlcnMnLFxuICAgICAgcHJlY29uZGl0aW9uOiB7IFN0cmluZ0VxdWFsczogWydwbGF0Zm9ybVR5cGUnLCAnTGludXgnXSB9LFxuICAgICAgaW5wdXRzOiB7IHRpbWVvdXRTZWNvbmRzOiAnNDUwMCcsIHJ1bkNvbW1hbmQ6IFtsaW5lcy5qb2luKCdcXG4nKV0gfSxcbiAgICB9KTtcbiAgICByZXR1cm4ge1xuICAgICAgc2NoZW1hVmVyc2lvbjogJzIuMicsXG4gICAgICBkZXNjcmlwdGlvbjogYEFwcGxpZXMgdGhlIHJlc2VhcmNoIHVzZXIgcmVnaXN0cnkgb2YgbGFiICR7dGhpcy5sYWJOYW1lfSB0byB0aGlzIHdvcmtzcGFjZSAoaWRlbXBvdGVudDsgdXNlcnMgd2hvIGxlZnQgYXJlIGxvY2tlZCwgbmV2ZXIgZGVsZXRlZClgLFxuICAgICAgcGFyYW1ldGVycyxcbiAgICAgIG1haW5TdGVwczogc3RlcHMsXG4gICAgfTtcbiAgfVxufVxuXG5mdW5jdGlvbiBoZXJlZG9jKGNvbnRlbnQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGxpbmVzID0gbmV3IFNldChjb250ZW50LnNwbGl0KCdcXG4nKSk7XG4gIGxldCBkID0gJ1JXU19TWU5DX1VTRVJTX0VPRic7XG4gIGZvciAobGV0IGkgPSAxOyBsaW5lcy5oYXMoZCk7IGkrKykgZCA9IGBSV1NfU1lOQ19VU0VSU19FT0ZfJHtpfWA7XG4gIHJldHVybiBkO1xufVxuIl19