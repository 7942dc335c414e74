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
exports.awsPermitSettingsSchema = void 0;
exports.readAwsPermitConfig = readAwsPermitConfig;
exports.synthAwsPermit = synthAwsPermit;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const config_file_1 = require("./config-file");
const permit_synth_1 = require("./permit-synth");
const sources_1 = require("./sources");
const airlock_workspace_1 = require("../constructs/aws/airlock-workspace");
const permit_stack_1 = require("../stacks/aws/permit-stack");
const validation_cache_1 = require("../stacks/aws/private/validation-cache");
const catalog_1 = require("../workspaces/catalog");
const error_1 = require("../workspaces/private/error");
const input_files_1 = require("../workspaces/private/input-files");
const json_schema_1 = require("../workspaces/private/schemas/json-schema");
const model_1 = require("../workspaces/private/schemas/model");
const size_field_1 = require("../workspaces/private/size-field");
/** Scalar settings of `--config` for `--backend aws` (AirlockWorkspaceOptions and PermitStackProps in snake_case). */
const AWS_FIELDS = [
    { key: 'region', prop: 'region', kind: 'str' },
    { key: 'account', prop: 'account', kind: 'str' },
    { key: 'cidr', prop: 'cidr', kind: 'str' },
    { key: 'max_azs', prop: 'maxAzs', kind: 'int', min: 1, max: 6 },
    { key: 'availability_zones', prop: 'availabilityZones', kind: 'strList' },
    { key: 'vpc_endpoints', prop: 'vpcEndpoints', kind: 'bool' },
    { key: 'dns_firewall', prop: 'dnsFirewall', kind: 'bool' },
    { key: 'egress_control', prop: 'egressControl', kind: 'str', values: Object.values(airlock_workspace_1.AirlockEgressControl) },
    { key: 'proxy_instance_type', prop: 'proxyInstanceType', kind: 'str' },
    { key: 'sftp_exposure', prop: 'sftpExposure', kind: 'str', values: Object.values(airlock_workspace_1.AirlockSftpExposure) },
    { key: 's3_prefix_list_id', prop: 's3PrefixListId', kind: 'str' },
    { key: 'stopped_state_schedule', prop: 'stoppedStateSchedule', kind: 'str' },
    { key: 'data_event_trail', prop: 'dataEventTrail', kind: 'bool' },
    { key: 'dashboard', prop: 'dashboard', kind: 'bool' },
    { key: 'malware_scanner', prop: 'malwareScanner', kind: 'str', values: Object.values(airlock_workspace_1.AirlockMalwareScanner) },
    { key: 'clamav_image', prop: 'clamavImage', kind: 'str' },
    { key: 'signature_mirror_url', prop: 'signatureMirrorUrl', kind: 'str' },
    { key: 'signature_mirror_cidrs', prop: 'signatureMirrorCidrs', kind: 'strList' },
];
const RETENTION_DAYS = Object.values(logs.RetentionDays).filter((v) => typeof v === 'number').sort((a, b) => a - b);
/** The settings the reader below reads itself: the rest of the schema. */
const EXTRA = (0, json_schema_1.lazy)(() => ({
    data_holder_keys: {
        type: 'object',
        description: 'SFTP public keys by data holder id: a list of keys, or a file of keys (relative to this file).',
        additionalProperties: { type: ['string', 'array'], items: { type: 'string' } },
    },
    template: (0, json_schema_1.text)('Template of the analysis desktop (slug or name).'),
    templates: (0, json_schema_1.text)('Folder of your own templates (relative to this file).'),
    workspace_size: (0, model_1.sizeSchema)('Size of the analysis desktop.'),
    machine_image: (0, json_schema_1.obj)('The desktop image: exactly one of ssm_parameter or amis.', {
        ssm_parameter: (0, json_schema_1.text)('SSM parameter holding the image id (resolved at deploy time).'),
        amis: (0, json_schema_1.textMap)('Image ids by region.'),
    }, [], { minProperties: 1, maxProperties: 1 }),
    log_retention_days: { type: 'integer', enum: RETENTION_DAYS, description: 'Days CloudWatch Logs keeps the logs (one of CloudWatch\'s periods).' },
    trail_log_retention_days: { type: 'integer', enum: RETENTION_DAYS, description: 'Days CloudWatch Logs keeps the data event trail.' },
}));
/** The JSON Schema of the AWS permit settings (`rws permit synth --backend aws --config <file>`). */
exports.awsPermitSettingsSchema = (0, json_schema_1.lazy)(() => (0, config_file_1.configSchema)('cdk-research-workspaces permit settings (AWS)', 'Settings of a permit\'s secure environment on AWS (rws permit synth --backend aws --config). Unknown keys are errors.', AWS_FIELDS, EXTRA()));
function retention(r, d, key) {
    const days = r.int(d, key, [], { min: 1 });
    if (days === undefined)
        return undefined;
    if (!RETENTION_DAYS.includes(days)) {
        r.error([key], 'invalid-value', 'CloudWatch Logs keeps logs for one of a fixed set of periods', days, `use one of ${RETENTION_DAYS.join(', ')} (days; 2192 is six years)`);
        return undefined;
    }
    return days;
}
/** Reads `--config` for AWS (every setting optional). Key files are relative to the config file. */
function readAwsPermitConfig(file) {
    const c = (0, config_file_1.readConfig)(file, 'AWS permit', AWS_FIELDS, Object.keys(EXTRA()));
    const r = c.reader;
    const d = c.data;
    const dir = path.dirname(path.resolve(file));
    let dataHolderKeys;
    const keys = r.mapping(d, 'data_holder_keys', []);
    if (keys) {
        dataHolderKeys = [];
        for (const [holder, v] of Object.entries(keys)) {
            const at = ['data_holder_keys', holder];
            if (typeof v === 'string' && !/\s/.test(v.trim())) {
                // Inside the permit file's folder (or RWS_ALLOWED_ROOTS), symlinks resolved, and no
                // larger than a key file: a permit from another system cannot read /etc/shadow.
                const confined = (0, input_files_1.confinePath)(v.trim(), dir);
                if (!confined.ok) {
                    r.error(at, 'path-outside-lab', confined.problem, v, confined.fix);
                    continue;
                }
                const keyFile = confined.abs;
                if (!fs.existsSync(keyFile)) {
                    r.error(at, 'no-such-file', 'the public key file does not exist', v, `check the path (relative to ${c.source.file}), or list the keys: ${holder}: ["ssh-ed25519 AAAA... ${holder}"]`);
                    continue;
                }
                let keyText;
                try {
                    keyText = (0, input_files_1.readInputText)(keyFile, 'key');
                }
                catch (e) {
                    if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
                        throw e;
                    r.error(at, e.diagnostics[0].code, e.diagnostics[0].message, v, e.diagnostics[0].fix ?? 'name a public key file (.pub)');
                    continue;
                }
                const lines = keyText.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
                dataHolderKeys.push({ dataHolderId: holder, publicKeys: lines });
            }
            else {
                const list = r.strList(keys, holder, ['data_holder_keys']);
                if (list)
                    dataHolderKeys.push({ dataHolderId: holder, publicKeys: list });
            }
        }
    }
    let machineImage;
    const img = r.mapping(d, 'machine_image', []);
    if (img) {
        r.unknownKeys(img, (0, json_schema_1.keysAt)((0, exports.awsPermitSettingsSchema)(), ['machine_image']), ['machine_image']);
        const ssm = r.str(img, 'ssm_parameter', ['machine_image']);
        const amis = r.stringMap(img, 'amis', ['machine_image']);
        if ((ssm === undefined) === (amis === undefined)) {
            r.error(['machine_image'], 'invalid-value', 'give the desktop image as exactly one of ssm_parameter (a parameter name, resolved at deploy time) or amis (region: ami-id)', undefined, 'write machine_image: { ssm_parameter: /images/secure-analysis-desktop } or machine_image: { amis: { eu-west-1: ami-0123456789abcdef0 } }');
        }
        else if (ssm !== undefined) {
            machineImage = ec2.MachineImage.fromSsmParameter(ssm);
        }
        else {
            machineImage = ec2.MachineImage.genericLinux(amis);
        }
    }
    const templatesText = r.str(d, 'templates', []);
    const templateSlug = r.str(d, 'template', []);
    let template;
    if (templatesText !== undefined && !fs.existsSync(path.resolve(dir, templatesText))) {
        r.error(['templates'], 'no-such-file', 'the template folder does not exist', templatesText, `check the path (relative to ${c.source.file})`);
    }
    const workspaceSize = (0, size_field_1.sizeAt)(r, d, 'workspace_size', []);
    const logRetention = retention(r, d, 'log_retention_days');
    const trailLogRetention = retention(r, d, 'trail_log_retention_days');
    (0, config_file_1.finishConfig)(c, 'AWS permit', (0, exports.awsPermitSettingsSchema)());
    if (templateSlug !== undefined) {
        const catalog = catalog_1.TemplateCatalog.bundled();
        if (templatesText !== undefined)
            catalog.loadDirectory(path.resolve(dir, templatesText));
        template = catalog.resolve(templateSlug);
    }
    const out = { ...c.props, dataHolderKeys, machineImage, template, workspaceSize, logRetention, trailLogRetention };
    for (const k of Object.keys(out))
        if (out[k] === undefined)
            delete out[k];
    return out;
}
/** Synthesizes `PermitStack` into the cloud assembly `<out>`. */
function synthAwsPermit(req) {
    const { region, account, ...settings } = req.configFile ? readAwsPermitConfig(req.configFile) : {};
    fs.mkdirSync(req.outdir, { recursive: true });
    // aws-cdk-lib's CloudFormation validation, skipped for templates it already found clean
    // (stacks/aws/private/validation-cache.ts); CDK_VALIDATION=false still turns it off.
    const p = req.permit;
    const cache = req.validationCache && process.env.CDK_VALIDATION !== 'false'
        ? validation_cache_1.CachedCloudFormationValidation.forCache(req.validationCache, [
            p.id, p.status, p.previousStatus ?? '', p.eventId ?? '', p.eventId ? airlock_workspace_1.AirlockWorkspace.tagValue(p.eventId) : '', req.timestamp ?? '',
        ]) : undefined;
    const app = new aws_cdk_lib_1.App({ outdir: req.outdir });
    if (cache)
        aws_cdk_lib_1.Validations.of(app).addPlugins(cache);
    const stackName = permit_stack_1.PermitStack.stackNameOf(req.permit.id);
    const stack = new permit_stack_1.PermitStack(app, stackName, {
        ...settings,
        ...(region || account ? { env: { region, account } } : {}),
        permit: req.permit,
        registry: req.registry,
        ...(req.timestamp ? { auditTimestamp: req.timestamp } : {}),
    });
    const assembly = app.synth();
    const artifact = assembly.getStackArtifact(stack.artifactId);
    const { warnings, errors } = (0, permit_synth_1.stackMessages)(artifact);
    if (errors.length)
        throw new Error(`synthesis of ${stackName} reported ${errors.length} error${errors.length > 1 ? 's' : ''} (cdk deploy would refuse it):\n  ${errors.join('\n  ')}`);
    const auditFile = path.join(req.outdir, `${stack.artifactId}.audit.json`);
    const audit = JSON.parse(fs.readFileSync(auditFile, 'utf8'));
    const resources = audit.resources ?? [];
    const outRel = (0, sources_1.shownPath)(req.outdir);
    return {
        stack: aws_cdk_lib_1.Stack.of(stack).stackName,
        files: [path.join(req.outdir, artifact.templateFile), auditFile],
        resources,
        protectedResources: audit.protectedResources ?? [],
        resourceTypes: resources.map((r) => r.split(' ')[1] ?? r),
        warnings,
        next: `npx cdk deploy --app ${outRel} ${stackName}  (with the pipeline's credentials)`,
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LXN5bnRoLWF3cy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy9jbGkvcGVybWl0LXN5bnRoLWF3cy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFzRkEsa0RBNEVDO0FBR0Qsd0NBcUNDO0FBMU1ELHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsNkNBQXNEO0FBQ3RELHlEQUEyQztBQUMzQywyREFBNkM7QUFDN0MsK0NBQW9GO0FBQ3BGLGlEQUFzRjtBQUN0Rix1Q0FBc0M7QUFDdEMsMkVBRTZDO0FBQzdDLDZEQUF5RDtBQUN6RCw2RUFBd0Y7QUFDeEYsbURBQTBFO0FBQzFFLHVEQUFrRTtBQUVsRSxtRUFBK0U7QUFDL0UsMkVBQXlHO0FBQ3pHLCtEQUFpRTtBQUNqRSxpRUFBMEQ7QUFHMUQsc0hBQXNIO0FBQ3RILE1BQU0sVUFBVSxHQUFrQjtJQUNoQyxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFO0lBQzlDLEVBQUUsR0FBRyxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7SUFDaEQsRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtJQUMxQyxFQUFFLEdBQUcsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRTtJQUMvRCxFQUFFLEdBQUcsRUFBRSxvQkFBb0IsRUFBRSxJQUFJLEVBQUUsbUJBQW1CLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRTtJQUN6RSxFQUFFLEdBQUcsRUFBRSxlQUFlLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFO0lBQzVELEVBQUUsR0FBRyxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUU7SUFDMUQsRUFBRSxHQUFHLEVBQUUsZ0JBQWdCLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLHdDQUFvQixDQUFDLEVBQUU7SUFDMUcsRUFBRSxHQUFHLEVBQUUscUJBQXFCLEVBQUUsSUFBSSxFQUFFLG1CQUFtQixFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7SUFDdEUsRUFBRSxHQUFHLEVBQUUsZUFBZSxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyx1Q0FBbUIsQ0FBQyxFQUFFO0lBQ3ZHLEVBQUUsR0FBRyxFQUFFLG1CQUFtQixFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFO0lBQ2pFLEVBQUUsR0FBRyxFQUFFLHdCQUF3QixFQUFFLElBQUksRUFBRSxzQkFBc0IsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFO0lBQzVFLEVBQUUsR0FBRyxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFO0lBQ2pFLEVBQUUsR0FBRyxFQUFFLFdBQVcsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUU7SUFDckQsRUFBRSxHQUFHLEVBQUUsaUJBQWlCLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMseUNBQXFCLENBQUMsRUFBRTtJQUM3RyxFQUFFLEdBQUcsRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLGFBQWEsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFO0lBQ3pELEVBQUUsR0FBRyxFQUFFLHNCQUFzQixFQUFFLElBQUksRUFBRSxvQkFBb0IsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFO0lBQ3hFLEVBQUUsR0FBRyxFQUFFLHdCQUF3QixFQUFFLElBQUksRUFBRSxzQkFBc0IsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFO0NBQ2pGLENBQUM7QUFDRixNQUFNLGNBQWMsR0FBRyxNQUFNLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQWUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxLQUFLLFFBQVEsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUNqSSwwRUFBMEU7QUFDMUUsTUFBTSxLQUFLLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQWtDLEVBQUUsQ0FBQyxDQUFDO0lBQ3ZELGdCQUFnQixFQUFFO1FBQ2hCLElBQUksRUFBRSxRQUFRO1FBQ2QsV0FBVyxFQUFFLGdHQUFnRztRQUM3RyxvQkFBb0IsRUFBRSxFQUFFLElBQUksRUFBRSxDQUFDLFFBQVEsRUFBRSxPQUFPLENBQUMsRUFBRSxLQUFLLEVBQUUsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEVBQUU7S0FDL0U7SUFDRCxRQUFRLEVBQUUsSUFBQSxrQkFBSSxFQUFDLGtEQUFrRCxDQUFDO0lBQ2xFLFNBQVMsRUFBRSxJQUFBLGtCQUFJLEVBQUMsdURBQXVELENBQUM7SUFDeEUsY0FBYyxFQUFFLElBQUEsa0JBQVUsRUFBQywrQkFBK0IsQ0FBQztJQUMzRCxhQUFhLEVBQUUsSUFBQSxpQkFBRyxFQUFDLDBEQUEwRCxFQUFFO1FBQzdFLGFBQWEsRUFBRSxJQUFBLGtCQUFJLEVBQUMsK0RBQStELENBQUM7UUFDcEYsSUFBSSxFQUFFLElBQUEscUJBQU8sRUFBQyxzQkFBc0IsQ0FBQztLQUN0QyxFQUFFLEVBQUUsRUFBRSxFQUFFLGFBQWEsRUFBRSxDQUFDLEVBQUUsYUFBYSxFQUFFLENBQUMsRUFBRSxDQUFDO0lBQzlDLGtCQUFrQixFQUFFLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLFdBQVcsRUFBRSxxRUFBcUUsRUFBRTtJQUNqSix3QkFBd0IsRUFBRSxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxXQUFXLEVBQUUsa0RBQWtELEVBQUU7Q0FDckksQ0FBQyxDQUFDLENBQUM7QUFFSixxR0FBcUc7QUFDeEYsUUFBQSx1QkFBdUIsR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSwwQkFBWSxFQUFDLCtDQUErQyxFQUM1Ryx1SEFBdUgsRUFBRSxVQUFVLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDO0FBVWpKLFNBQVMsU0FBUyxDQUFDLENBQWMsRUFBRSxDQUFNLEVBQUUsR0FBVztJQUNwRCxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxHQUFHLEVBQUUsRUFBRSxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDM0MsSUFBSSxJQUFJLEtBQUssU0FBUztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3pDLElBQUksQ0FBQyxjQUFjLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7UUFDbkMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxFQUFFLGVBQWUsRUFBRSw4REFBOEQsRUFBRSxJQUFJLEVBQ2xHLGNBQWMsY0FBYyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsNEJBQTRCLENBQUMsQ0FBQztRQUN2RSxPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDO0lBQ0QsT0FBTyxJQUEwQixDQUFDO0FBQ3BDLENBQUM7QUFFRCxvR0FBb0c7QUFDcEcsU0FBZ0IsbUJBQW1CLENBQUMsSUFBWTtJQUM5QyxNQUFNLENBQUMsR0FBRyxJQUFBLHdCQUFVLEVBQUMsSUFBSSxFQUFFLFlBQVksRUFBRSxVQUFVLEVBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDM0UsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQztJQUNuQixNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDO0lBQ2pCLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBRTdDLElBQUksY0FBbUQsQ0FBQztJQUN4RCxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxrQkFBa0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNsRCxJQUFJLElBQUksRUFBRSxDQUFDO1FBQ1QsY0FBYyxHQUFHLEVBQUUsQ0FBQztRQUNwQixLQUFLLE1BQU0sQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBTSxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQ3BELE1BQU0sRUFBRSxHQUFhLENBQUMsa0JBQWtCLEVBQUUsTUFBTSxDQUFDLENBQUM7WUFDbEQsSUFBSSxPQUFPLENBQUMsS0FBSyxRQUFRLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUM7Z0JBQ2xELG9GQUFvRjtnQkFDcEYsZ0ZBQWdGO2dCQUNoRixNQUFNLFFBQVEsR0FBRyxJQUFBLHlCQUFXLEVBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLEdBQUcsQ0FBQyxDQUFDO2dCQUM1QyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsRUFBRSxDQUFDO29CQUNqQixDQUFDLENBQUMsS0FBSyxDQUFDLEVBQUUsRUFBRSxrQkFBa0IsRUFBRSxRQUFRLENBQUMsT0FBTyxFQUFFLENBQUMsRUFBRSxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUM7b0JBQ25FLFNBQVM7Z0JBQ1gsQ0FBQztnQkFDRCxNQUFNLE9BQU8sR0FBRyxRQUFRLENBQUMsR0FBRyxDQUFDO2dCQUM3QixJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO29CQUM1QixDQUFDLENBQUMsS0FBSyxDQUFDLEVBQUUsRUFBRSxjQUFjLEVBQUUsb0NBQW9DLEVBQUUsQ0FBQyxFQUFFLCtCQUErQixDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksd0JBQXdCLE1BQU0sMkJBQTJCLE1BQU0sSUFBSSxDQUFDLENBQUM7b0JBQ3RMLFNBQVM7Z0JBQ1gsQ0FBQztnQkFDRCxJQUFJLE9BQWUsQ0FBQztnQkFDcEIsSUFBSSxDQUFDO29CQUNILE9BQU8sR0FBRyxJQUFBLDJCQUFhLEVBQUMsT0FBTyxFQUFFLEtBQUssQ0FBQyxDQUFDO2dCQUMxQyxDQUFDO2dCQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7b0JBQ1gsSUFBSSxDQUFDLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQzt3QkFBRSxNQUFNLENBQUMsQ0FBQztvQkFDM0QsQ0FBQyxDQUFDLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLCtCQUErQixDQUFDLENBQUM7b0JBQ3pILFNBQVM7Z0JBQ1gsQ0FBQztnQkFDRCxNQUFNLEtBQUssR0FBRyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7Z0JBQzlGLGNBQWMsQ0FBQyxJQUFJLENBQUMsRUFBRSxZQUFZLEVBQUUsTUFBTSxFQUFFLFVBQVUsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO1lBQ25FLENBQUM7aUJBQU0sQ0FBQztnQkFDTixNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLElBQUksRUFBRSxNQUFNLEVBQUUsQ0FBQyxrQkFBa0IsQ0FBQyxDQUFDLENBQUM7Z0JBQzNELElBQUksSUFBSTtvQkFBRSxjQUFjLENBQUMsSUFBSSxDQUFDLEVBQUUsWUFBWSxFQUFFLE1BQU0sRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztZQUM1RSxDQUFDO1FBQ0gsQ0FBQztJQUNILENBQUM7SUFFRCxJQUFJLFlBQTJDLENBQUM7SUFDaEQsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsZUFBZSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzlDLElBQUksR0FBRyxFQUFFLENBQUM7UUFDUixDQUFDLENBQUMsV0FBVyxDQUFDLEdBQUcsRUFBRSxJQUFBLG9CQUFNLEVBQUMsSUFBQSwrQkFBdUIsR0FBRSxFQUFFLENBQUMsZUFBZSxDQUFDLENBQUMsRUFBRSxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUM7UUFDNUYsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsZUFBZSxFQUFFLENBQUMsZUFBZSxDQUFDLENBQUMsQ0FBQztRQUMzRCxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsU0FBUyxDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsQ0FBQyxlQUFlLENBQUMsQ0FBQyxDQUFDO1FBQ3pELElBQUksQ0FBQyxHQUFHLEtBQUssU0FBUyxDQUFDLEtBQUssQ0FBQyxJQUFJLEtBQUssU0FBUyxDQUFDLEVBQUUsQ0FBQztZQUNqRCxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsZUFBZSxDQUFDLEVBQUUsZUFBZSxFQUFFLDZIQUE2SCxFQUFFLFNBQVMsRUFDbEwsMElBQTBJLENBQUMsQ0FBQztRQUNoSixDQUFDO2FBQU0sSUFBSSxHQUFHLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDN0IsWUFBWSxHQUFHLEdBQUcsQ0FBQyxZQUFZLENBQUMsZ0JBQWdCLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDeEQsQ0FBQzthQUFNLENBQUM7WUFDTixZQUFZLEdBQUcsR0FBRyxDQUFDLFlBQVksQ0FBQyxZQUFZLENBQUMsSUFBSyxDQUFDLENBQUM7UUFDdEQsQ0FBQztJQUNILENBQUM7SUFFRCxNQUFNLGFBQWEsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxXQUFXLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDaEQsTUFBTSxZQUFZLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzlDLElBQUksUUFBc0MsQ0FBQztJQUMzQyxJQUFJLGFBQWEsS0FBSyxTQUFTLElBQUksQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxFQUFFLGFBQWEsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUNwRixDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsV0FBVyxDQUFDLEVBQUUsY0FBYyxFQUFFLG9DQUFvQyxFQUFFLGFBQWEsRUFBRSwrQkFBK0IsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDO0lBQy9JLENBQUM7SUFDRCxNQUFNLGFBQWEsR0FBRyxJQUFBLG1CQUFNLEVBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN6RCxNQUFNLFlBQVksR0FBRyxTQUFTLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxvQkFBb0IsQ0FBQyxDQUFDO0lBQzNELE1BQU0saUJBQWlCLEdBQUcsU0FBUyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsMEJBQTBCLENBQUMsQ0FBQztJQUN0RSxJQUFBLDBCQUFZLEVBQUMsQ0FBQyxFQUFFLFlBQVksRUFBRSxJQUFBLCtCQUF1QixHQUFFLENBQUMsQ0FBQztJQUN6RCxJQUFJLFlBQVksS0FBSyxTQUFTLEVBQUUsQ0FBQztRQUMvQixNQUFNLE9BQU8sR0FBRyx5QkFBZSxDQUFDLE9BQU8sRUFBRSxDQUFDO1FBQzFDLElBQUksYUFBYSxLQUFLLFNBQVM7WUFBRSxPQUFPLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxFQUFFLGFBQWEsQ0FBQyxDQUFDLENBQUM7UUFDekYsUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPLENBQUMsWUFBWSxDQUFDLENBQUM7SUFDM0MsQ0FBQztJQUNELE1BQU0sR0FBRyxHQUE0QixFQUFFLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxjQUFjLEVBQUUsWUFBWSxFQUFFLFFBQVEsRUFBRSxhQUFhLEVBQUUsWUFBWSxFQUFFLGlCQUFpQixFQUFFLENBQUM7SUFDNUksS0FBSyxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQztRQUFFLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLFNBQVM7WUFBRSxPQUFPLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMxRSxPQUFPLEdBQWtCLENBQUM7QUFDNUIsQ0FBQztBQUVELGlFQUFpRTtBQUNqRSxTQUFnQixjQUFjLENBQUMsR0FBdUI7SUFDcEQsTUFBTSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsR0FBRyxRQUFRLEVBQUUsR0FBRyxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxtQkFBbUIsQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFFLEVBQWtCLENBQUM7SUFDcEgsRUFBRSxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7SUFDOUMsd0ZBQXdGO0lBQ3hGLHFGQUFxRjtJQUNyRixNQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDO0lBQ3JCLE1BQU0sS0FBSyxHQUFHLEdBQUcsQ0FBQyxlQUFlLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxjQUFjLEtBQUssT0FBTztRQUN6RSxDQUFDLENBQUMsaURBQThCLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxlQUFlLEVBQUU7WUFDN0QsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxjQUFjLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLG9DQUFnQixDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxHQUFHLENBQUMsU0FBUyxJQUFJLEVBQUU7U0FDcEksQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDakIsTUFBTSxHQUFHLEdBQUcsSUFBSSxpQkFBRyxDQUFDLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO0lBQzVDLElBQUksS0FBSztRQUFFLHlCQUFXLENBQUMsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUNqRCxNQUFNLFNBQVMsR0FBRywwQkFBVyxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3pELE1BQU0sS0FBSyxHQUFHLElBQUksMEJBQVcsQ0FBQyxHQUFHLEVBQUUsU0FBUyxFQUFFO1FBQzVDLEdBQUcsUUFBUTtRQUNYLEdBQUcsQ0FBQyxNQUFNLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDMUQsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNO1FBQ2xCLFFBQVEsRUFBRSxHQUFHLENBQUMsUUFBUTtRQUN0QixHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxjQUFjLEVBQUUsR0FBRyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7S0FDNUQsQ0FBQyxDQUFDO0lBQ0gsTUFBTSxRQUFRLEdBQUcsR0FBRyxDQUFDLEtBQUssRUFBRSxDQUFDO0lBQzdCLE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxnQkFBZ0IsQ0FBQyxLQUFLLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDN0QsTUFBTSxFQUFFLFFBQVEsRUFBRSxNQUFNLEVBQUUsR0FBRyxJQUFBLDRCQUFhLEVBQUMsUUFBUSxDQUFDLENBQUM7SUFDckQsSUFBSSxNQUFNLENBQUMsTUFBTTtRQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMsZ0JBQWdCLFNBQVMsYUFBYSxNQUFNLENBQUMsTUFBTSxTQUFTLE1BQU0sQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUscUNBQXFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3ZMLE1BQU0sU0FBUyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQyxVQUFVLGFBQWEsQ0FBQyxDQUFDO0lBQzFFLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDLFlBQVksQ0FBQyxTQUFTLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztJQUM3RCxNQUFNLFNBQVMsR0FBYSxLQUFLLENBQUMsU0FBUyxJQUFJLEVBQUUsQ0FBQztJQUNsRCxNQUFNLE1BQU0sR0FBRyxJQUFBLG1CQUFTLEVBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ3JDLE9BQU87UUFDTCxLQUFLLEVBQUUsbUJBQUssQ0FBQyxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUMsU0FBUztRQUNoQyxLQUFLLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsUUFBUSxDQUFDLFlBQVksQ0FBQyxFQUFFLFNBQVMsQ0FBQztRQUNoRSxTQUFTO1FBQ1Qsa0JBQWtCLEVBQUUsS0FBSyxDQUFDLGtCQUFrQixJQUFJLEVBQUU7UUFDbEQsYUFBYSxFQUFFLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3pELFFBQVE7UUFDUixJQUFJLEVBQUUsd0JBQXdCLE1BQU0sSUFBSSxTQUFTLHFDQUFxQztLQUN2RixDQUFDO0FBQ0osQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBBcHAsIFN0YWNrLCBWYWxpZGF0aW9ucyB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGVjMiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZWMyJztcbmltcG9ydCAqIGFzIGxvZ3MgZnJvbSAnYXdzLWNkay1saWIvYXdzLWxvZ3MnO1xuaW1wb3J0IHsgQ29uZmlnRmllbGQsIGNvbmZpZ1NjaGVtYSwgZmluaXNoQ29uZmlnLCByZWFkQ29uZmlnIH0gZnJvbSAnLi9jb25maWctZmlsZSc7XG5pbXBvcnQgeyBQZXJtaXRTeW50aFJlcXVlc3QsIFBlcm1pdFN5bnRoUmVzdWx0LCBzdGFja01lc3NhZ2VzIH0gZnJvbSAnLi9wZXJtaXQtc3ludGgnO1xuaW1wb3J0IHsgc2hvd25QYXRoIH0gZnJvbSAnLi9zb3VyY2VzJztcbmltcG9ydCB7XG4gIEFpcmxvY2tEYXRhSG9sZGVyS2V5cywgQWlybG9ja0VncmVzc0NvbnRyb2wsIEFpcmxvY2tNYWx3YXJlU2Nhbm5lciwgQWlybG9ja1NmdHBFeHBvc3VyZSwgQWlybG9ja1dvcmtzcGFjZSwgQWlybG9ja1dvcmtzcGFjZU9wdGlvbnMsXG59IGZyb20gJy4uL2NvbnN0cnVjdHMvYXdzL2FpcmxvY2std29ya3NwYWNlJztcbmltcG9ydCB7IFBlcm1pdFN0YWNrIH0gZnJvbSAnLi4vc3RhY2tzL2F3cy9wZXJtaXQtc3RhY2snO1xuaW1wb3J0IHsgQ2FjaGVkQ2xvdWRGb3JtYXRpb25WYWxpZGF0aW9uIH0gZnJvbSAnLi4vc3RhY2tzL2F3cy9wcml2YXRlL3ZhbGlkYXRpb24tY2FjaGUnO1xuaW1wb3J0IHsgUmVzb2x2ZWRUZW1wbGF0ZSwgVGVtcGxhdGVDYXRhbG9nIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9jYXRhbG9nJztcbmltcG9ydCB7IFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHsgRmllbGRSZWFkZXIgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvZmllbGRzJztcbmltcG9ydCB7IGNvbmZpbmVQYXRoLCByZWFkSW5wdXRUZXh0IH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL2lucHV0LWZpbGVzJztcbmltcG9ydCB7IEpzb25TY2hlbWEsIGtleXNBdCwgbGF6eSwgb2JqLCB0ZXh0LCB0ZXh0TWFwIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL3NjaGVtYXMvanNvbi1zY2hlbWEnO1xuaW1wb3J0IHsgc2l6ZVNjaGVtYSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9zY2hlbWFzL21vZGVsJztcbmltcG9ydCB7IHNpemVBdCB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9zaXplLWZpZWxkJztcbmltcG9ydCB7IFlhbWxQYXRoIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL3lhbWwtc291cmNlJztcblxuLyoqIFNjYWxhciBzZXR0aW5ncyBvZiBgLS1jb25maWdgIGZvciBgLS1iYWNrZW5kIGF3c2AgKEFpcmxvY2tXb3Jrc3BhY2VPcHRpb25zIGFuZCBQZXJtaXRTdGFja1Byb3BzIGluIHNuYWtlX2Nhc2UpLiAqL1xuY29uc3QgQVdTX0ZJRUxEUzogQ29uZmlnRmllbGRbXSA9IFtcbiAgeyBrZXk6ICdyZWdpb24nLCBwcm9wOiAncmVnaW9uJywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICdhY2NvdW50JywgcHJvcDogJ2FjY291bnQnLCBraW5kOiAnc3RyJyB9LFxuICB7IGtleTogJ2NpZHInLCBwcm9wOiAnY2lkcicsIGtpbmQ6ICdzdHInIH0sXG4gIHsga2V5OiAnbWF4X2F6cycsIHByb3A6ICdtYXhBenMnLCBraW5kOiAnaW50JywgbWluOiAxLCBtYXg6IDYgfSxcbiAgeyBrZXk6ICdhdmFpbGFiaWxpdHlfem9uZXMnLCBwcm9wOiAnYXZhaWxhYmlsaXR5Wm9uZXMnLCBraW5kOiAnc3RyTGlzdCcgfSxcbiAgeyBrZXk6ICd2cGNfZW5kcG9pbnRzJywgcHJvcDogJ3ZwY0VuZHBvaW50cycsIGtpbmQ6ICdib29sJyB9LFxuICB7IGtleTogJ2Ruc19maXJld2FsbCcsIHByb3A6ICdkbnNGaXJld2FsbCcsIGtpbmQ6ICdib29sJyB9LFxuICB7IGtleTogJ2VncmVzc19jb250cm9sJywgcHJvcDogJ2VncmVzc0NvbnRyb2wnLCBraW5kOiAnc3RyJywgdmFsdWVzOiBPYmplY3QudmFsdWVzKEFpcmxvY2tFZ3Jlc3NDb250cm9sKSB9LFxuICB7IGtleTogJ3Byb3h5X2luc3RhbmNlX3R5cGUnLCBwcm9wOiAncHJveHlJbnN0YW5jZVR5cGUnLCBraW5kOiAnc3RyJyB9LFxuICB7IGtleTogJ3NmdHBfZXhwb3N1cmUnLCBwcm9wOiAnc2Z0cEV4cG9zdXJlJywga2luZDogJ3N0cicsIHZhbHVlczogT2JqZWN0LnZhbHVlcyhBaXJsb2NrU2Z0cEV4cG9zdXJlKSB9LFxuICB7IGtleTogJ3MzX3ByZWZpeF9saXN0X2lkJywgcHJvcDogJ3MzUHJlZml4TGlzdElkJywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICdzdG9wcGVkX3N0YXRlX3NjaGVkdWxlJywgcHJvcDogJ3N0b3BwZWRTdGF0ZVNjaGVkdWxlJywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICdkYXRhX2V2ZW50X3RyYWlsJywgcHJvcDogJ2RhdGFFdmVudFRyYWlsJywga2luZDogJ2Jvb2wnIH0sXG4gIHsga2V5OiAnZGFzaGJvYXJkJywgcHJvcDogJ2Rhc2hib2FyZCcsIGtpbmQ6ICdib29sJyB9LFxuICB7IGtleTogJ21hbHdhcmVfc2Nhbm5lcicsIHByb3A6ICdtYWx3YXJlU2Nhbm5lcicsIGtpbmQ6ICdzdHInLCB2YWx1ZXM6IE9iamVjdC52YWx1ZXMoQWlybG9ja01hbHdhcmVTY2FubmVyKSB9LFxuICB7IGtleTogJ2NsYW1hdl9pbWFnZScsIHByb3A6ICdjbGFtYXZJbWFnZScsIGtpbmQ6ICdzdHInIH0sXG4gIHsga2V5OiAnc2lnbmF0dXJlX21pcnJvcl91cmwnLCBwcm9wOiAnc2lnbmF0dXJlTWlycm9yVXJsJywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICdzaWduYXR1cmVfbWlycm9yX2NpZHJzJywgcHJvcDogJ3NpZ25hdHVyZU1pcnJvckNpZHJzJywga2luZDogJ3N0ckxpc3QnIH0sXG5dO1xuY29uc3QgUkVURU5USU9OX0RBWVMgPSBPYmplY3QudmFsdWVzKGxvZ3MuUmV0ZW50aW9uRGF5cykuZmlsdGVyKCh2KTogdiBpcyBudW1iZXIgPT4gdHlwZW9mIHYgPT09ICdudW1iZXInKS5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4vKiogVGhlIHNldHRpbmdzIHRoZSByZWFkZXIgYmVsb3cgcmVhZHMgaXRzZWxmOiB0aGUgcmVzdCBvZiB0aGUgc2NoZW1hLiAqL1xuY29uc3QgRVhUUkEgPSBsYXp5KCgpOiB7IFtrZXk6IHN0cmluZ106IEpzb25TY2hlbWEgfSA9PiAoe1xuICBkYXRhX2hvbGRlcl9rZXlzOiB7XG4gICAgdHlwZTogJ29iamVjdCcsXG4gICAgZGVzY3JpcHRpb246ICdTRlRQIHB1YmxpYyBrZXlzIGJ5IGRhdGEgaG9sZGVyIGlkOiBhIGxpc3Qgb2Yga2V5cywgb3IgYSBmaWxlIG9mIGtleXMgKHJlbGF0aXZlIHRvIHRoaXMgZmlsZSkuJyxcbiAgICBhZGRpdGlvbmFsUHJvcGVydGllczogeyB0eXBlOiBbJ3N0cmluZycsICdhcnJheSddLCBpdGVtczogeyB0eXBlOiAnc3RyaW5nJyB9IH0sXG4gIH0sXG4gIHRlbXBsYXRlOiB0ZXh0KCdUZW1wbGF0ZSBvZiB0aGUgYW5hbHlzaXMgZGVza3RvcCAoc2x1ZyBvciBuYW1lKS4nKSxcbiAgdGVtcGxhdGVzOiB0ZXh0KCdGb2xkZXIgb2YgeW91ciBvd24gdGVtcGxhdGVzIChyZWxhdGl2ZSB0byB0aGlzIGZpbGUpLicpLFxuICB3b3Jrc3BhY2Vfc2l6ZTogc2l6ZVNjaGVtYSgnU2l6ZSBvZiB0aGUgYW5hbHlzaXMgZGVza3RvcC4nKSxcbiAgbWFjaGluZV9pbWFnZTogb2JqKCdUaGUgZGVza3RvcCBpbWFnZTogZXhhY3RseSBvbmUgb2Ygc3NtX3BhcmFtZXRlciBvciBhbWlzLicsIHtcbiAgICBzc21fcGFyYW1ldGVyOiB0ZXh0KCdTU00gcGFyYW1ldGVyIGhvbGRpbmcgdGhlIGltYWdlIGlkIChyZXNvbHZlZCBhdCBkZXBsb3kgdGltZSkuJyksXG4gICAgYW1pczogdGV4dE1hcCgnSW1hZ2UgaWRzIGJ5IHJlZ2lvbi4nKSxcbiAgfSwgW10sIHsgbWluUHJvcGVydGllczogMSwgbWF4UHJvcGVydGllczogMSB9KSxcbiAgbG9nX3JldGVudGlvbl9kYXlzOiB7IHR5cGU6ICdpbnRlZ2VyJywgZW51bTogUkVURU5USU9OX0RBWVMsIGRlc2NyaXB0aW9uOiAnRGF5cyBDbG91ZFdhdGNoIExvZ3Mga2VlcHMgdGhlIGxvZ3MgKG9uZSBvZiBDbG91ZFdhdGNoXFwncyBwZXJpb2RzKS4nIH0sXG4gIHRyYWlsX2xvZ19yZXRlbnRpb25fZGF5czogeyB0eXBlOiAnaW50ZWdlcicsIGVudW06IFJFVEVOVElPTl9EQVlTLCBkZXNjcmlwdGlvbjogJ0RheXMgQ2xvdWRXYXRjaCBMb2dzIGtlZXBzIHRoZSBkYXRhIGV2ZW50IHRyYWlsLicgfSxcbn0pKTtcblxuLyoqIFRoZSBKU09OIFNjaGVtYSBvZiB0aGUgQVdTIHBlcm1pdCBzZXR0aW5ncyAoYHJ3cyBwZXJtaXQgc3ludGggLS1iYWNrZW5kIGF3cyAtLWNvbmZpZyA8ZmlsZT5gKS4gKi9cbmV4cG9ydCBjb25zdCBhd3NQZXJtaXRTZXR0aW5nc1NjaGVtYSA9IGxhenkoKCkgPT4gY29uZmlnU2NoZW1hKCdjZGstcmVzZWFyY2gtd29ya3NwYWNlcyBwZXJtaXQgc2V0dGluZ3MgKEFXUyknLFxuICAnU2V0dGluZ3Mgb2YgYSBwZXJtaXRcXCdzIHNlY3VyZSBlbnZpcm9ubWVudCBvbiBBV1MgKHJ3cyBwZXJtaXQgc3ludGggLS1iYWNrZW5kIGF3cyAtLWNvbmZpZykuIFVua25vd24ga2V5cyBhcmUgZXJyb3JzLicsIEFXU19GSUVMRFMsIEVYVFJBKCkpKTtcblxuaW50ZXJmYWNlIEF3c1NldHRpbmdzIGV4dGVuZHMgQWlybG9ja1dvcmtzcGFjZU9wdGlvbnMge1xuICByZWFkb25seSByZWdpb24/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGFjY291bnQ/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGRhdGFFdmVudFRyYWlsPzogYm9vbGVhbjtcbiAgcmVhZG9ubHkgZGFzaGJvYXJkPzogYm9vbGVhbjtcbiAgcmVhZG9ubHkgdHJhaWxMb2dSZXRlbnRpb24/OiBsb2dzLlJldGVudGlvbkRheXM7XG59XG5cbmZ1bmN0aW9uIHJldGVudGlvbihyOiBGaWVsZFJlYWRlciwgZDogYW55LCBrZXk6IHN0cmluZyk6IGxvZ3MuUmV0ZW50aW9uRGF5cyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGRheXMgPSByLmludChkLCBrZXksIFtdLCB7IG1pbjogMSB9KTtcbiAgaWYgKGRheXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKCFSRVRFTlRJT05fREFZUy5pbmNsdWRlcyhkYXlzKSkge1xuICAgIHIuZXJyb3IoW2tleV0sICdpbnZhbGlkLXZhbHVlJywgJ0Nsb3VkV2F0Y2ggTG9ncyBrZWVwcyBsb2dzIGZvciBvbmUgb2YgYSBmaXhlZCBzZXQgb2YgcGVyaW9kcycsIGRheXMsXG4gICAgICBgdXNlIG9uZSBvZiAke1JFVEVOVElPTl9EQVlTLmpvaW4oJywgJyl9IChkYXlzOyAyMTkyIGlzIHNpeCB5ZWFycylgKTtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIHJldHVybiBkYXlzIGFzIGxvZ3MuUmV0ZW50aW9uRGF5cztcbn1cblxuLyoqIFJlYWRzIGAtLWNvbmZpZ2AgZm9yIEFXUyAoZXZlcnkgc2V0dGluZyBvcHRpb25hbCkuIEtleSBmaWxlcyBhcmUgcmVsYXRpdmUgdG8gdGhlIGNvbmZpZyBmaWxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRBd3NQZXJtaXRDb25maWcoZmlsZTogc3RyaW5nKTogQXdzU2V0dGluZ3Mge1xuICBjb25zdCBjID0gcmVhZENvbmZpZyhmaWxlLCAnQVdTIHBlcm1pdCcsIEFXU19GSUVMRFMsIE9iamVjdC5rZXlzKEVYVFJBKCkpKTtcbiAgY29uc3QgciA9IGMucmVhZGVyO1xuICBjb25zdCBkID0gYy5kYXRhO1xuICBjb25zdCBkaXIgPSBwYXRoLmRpcm5hbWUocGF0aC5yZXNvbHZlKGZpbGUpKTtcblxuICBsZXQgZGF0YUhvbGRlcktleXM6IEFpcmxvY2tEYXRhSG9sZGVyS2V5c1tdIHwgdW5kZWZpbmVkO1xuICBjb25zdCBrZXlzID0gci5tYXBwaW5nKGQsICdkYXRhX2hvbGRlcl9rZXlzJywgW10pO1xuICBpZiAoa2V5cykge1xuICAgIGRhdGFIb2xkZXJLZXlzID0gW107XG4gICAgZm9yIChjb25zdCBbaG9sZGVyLCB2XSBvZiBPYmplY3QuZW50cmllczxhbnk+KGtleXMpKSB7XG4gICAgICBjb25zdCBhdDogWWFtbFBhdGggPSBbJ2RhdGFfaG9sZGVyX2tleXMnLCBob2xkZXJdO1xuICAgICAgaWYgKHR5cGVvZiB2ID09PSAnc3RyaW5nJyAmJiAhL1xccy8udGVzdCh2LnRyaW0oKSkpIHtcbiAgICAgICAgLy8gSW5zaWRlIHRoZSBwZXJtaXQgZmlsZSdzIGZvbGRlciAob3IgUldTX0FMTE9XRURfUk9PVFMpLCBzeW1saW5rcyByZXNvbHZlZCwgYW5kIG5vXG4gICAgICAgIC8vIGxhcmdlciB0aGFuIGEga2V5IGZpbGU6IGEgcGVybWl0IGZyb20gYW5vdGhlciBzeXN0ZW0gY2Fubm90IHJlYWQgL2V0Yy9zaGFkb3cuXG4gICAgICAgIGNvbnN0IGNvbmZpbmVkID0gY29uZmluZVBhdGgodi50cmltKCksIGRpcik7XG4gICAgICAgIGlmICghY29uZmluZWQub2spIHtcbiAgICAgICAgICByLmVycm9yKGF0LCAncGF0aC1vdXRzaWRlLWxhYicsIGNvbmZpbmVkLnByb2JsZW0sIHYsIGNvbmZpbmVkLmZpeCk7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgY29uc3Qga2V5RmlsZSA9IGNvbmZpbmVkLmFicztcbiAgICAgICAgaWYgKCFmcy5leGlzdHNTeW5jKGtleUZpbGUpKSB7XG4gICAgICAgICAgci5lcnJvcihhdCwgJ25vLXN1Y2gtZmlsZScsICd0aGUgcHVibGljIGtleSBmaWxlIGRvZXMgbm90IGV4aXN0JywgdiwgYGNoZWNrIHRoZSBwYXRoIChyZWxhdGl2ZSB0byAke2Muc291cmNlLmZpbGV9KSwgb3IgbGlzdCB0aGUga2V5czogJHtob2xkZXJ9OiBbXCJzc2gtZWQyNTUxOSBBQUFBLi4uICR7aG9sZGVyfVwiXWApO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGxldCBrZXlUZXh0OiBzdHJpbmc7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAga2V5VGV4dCA9IHJlYWRJbnB1dFRleHQoa2V5RmlsZSwgJ2tleScpO1xuICAgICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgICAgaWYgKCFXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkgdGhyb3cgZTtcbiAgICAgICAgICByLmVycm9yKGF0LCBlLmRpYWdub3N0aWNzWzBdLmNvZGUsIGUuZGlhZ25vc3RpY3NbMF0ubWVzc2FnZSwgdiwgZS5kaWFnbm9zdGljc1swXS5maXggPz8gJ25hbWUgYSBwdWJsaWMga2V5IGZpbGUgKC5wdWIpJyk7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgY29uc3QgbGluZXMgPSBrZXlUZXh0LnNwbGl0KCdcXG4nKS5tYXAoKGwpID0+IGwudHJpbSgpKS5maWx0ZXIoKGwpID0+IGwgJiYgIWwuc3RhcnRzV2l0aCgnIycpKTtcbiAgICAgICAgZGF0YUhvbGRlcktleXMucHVzaCh7IGRhdGFIb2xkZXJJZDogaG9sZGVyLCBwdWJsaWNLZXlzOiBsaW5lcyB9KTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGNvbnN0IGxpc3QgPSByLnN0ckxpc3Qoa2V5cywgaG9sZGVyLCBbJ2RhdGFfaG9sZGVyX2tleXMnXSk7XG4gICAgICAgIGlmIChsaXN0KSBkYXRhSG9sZGVyS2V5cy5wdXNoKHsgZGF0YUhvbGRlcklkOiBob2xkZXIsIHB1YmxpY0tleXM6IGxpc3QgfSk7XG4gICAgICB9XG4gICAgfVxuICB9XG5cbiAgbGV0IG1hY2hpbmVJbWFnZTogZWMyLklNYWNoaW5lSW1hZ2UgfCB1bmRlZmluZWQ7XG4gIGNvbnN0IGltZyA9IHIubWFwcGluZyhkLCAnbWFjaGluZV9pbWFnZScsIFtdKTtcbiAgaWYgKGltZykge1xuICAgIHIudW5rbm93bktleXMoaW1nLCBrZXlzQXQoYXdzUGVybWl0U2V0dGluZ3NTY2hlbWEoKSwgWydtYWNoaW5lX2ltYWdlJ10pLCBbJ21hY2hpbmVfaW1hZ2UnXSk7XG4gICAgY29uc3Qgc3NtID0gci5zdHIoaW1nLCAnc3NtX3BhcmFtZXRlcicsIFsnbWFjaGluZV9pbWFnZSddKTtcbiAgICBjb25zdCBhbWlzID0gci5zdHJpbmdNYXAoaW1nLCAnYW1pcycsIFsnbWFjaGluZV9pbWFnZSddKTtcbiAgICBpZiAoKHNzbSA9PT0gdW5kZWZpbmVkKSA9PT0gKGFtaXMgPT09IHVuZGVmaW5lZCkpIHtcbiAgICAgIHIuZXJyb3IoWydtYWNoaW5lX2ltYWdlJ10sICdpbnZhbGlkLXZhbHVlJywgJ2dpdmUgdGhlIGRlc2t0b3AgaW1hZ2UgYXMgZXhhY3RseSBvbmUgb2Ygc3NtX3BhcmFtZXRlciAoYSBwYXJhbWV0ZXIgbmFtZSwgcmVzb2x2ZWQgYXQgZGVwbG95IHRpbWUpIG9yIGFtaXMgKHJlZ2lvbjogYW1pLWlkKScsIHVuZGVmaW5lZCxcbiAgICAgICAgJ3dyaXRlIG1hY2hpbmVfaW1hZ2U6IHsgc3NtX3BhcmFtZXRlcjogL2ltYWdlcy9zZWN1cmUtYW5hbHlzaXMtZGVza3RvcCB9IG9yIG1hY2hpbmVfaW1hZ2U6IHsgYW1pczogeyBldS13ZXN0LTE6IGFtaS0wMTIzNDU2Nzg5YWJjZGVmMCB9IH0nKTtcbiAgICB9IGVsc2UgaWYgKHNzbSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBtYWNoaW5lSW1hZ2UgPSBlYzIuTWFjaGluZUltYWdlLmZyb21Tc21QYXJhbWV0ZXIoc3NtKTtcbiAgICB9IGVsc2Uge1xuICAgICAgbWFjaGluZUltYWdlID0gZWMyLk1hY2hpbmVJbWFnZS5nZW5lcmljTGludXgoYW1pcyEpO1xuICAgIH1cbiAgfVxuXG4gIGNvbnN0IHRlbXBsYXRlc1RleHQgPSByLnN0cihkLCAndGVtcGxhdGVzJywgW10pO1xuICBjb25zdCB0ZW1wbGF0ZVNsdWcgPSByLnN0cihkLCAndGVtcGxhdGUnLCBbXSk7XG4gIGxldCB0ZW1wbGF0ZTogUmVzb2x2ZWRUZW1wbGF0ZSB8IHVuZGVmaW5lZDtcbiAgaWYgKHRlbXBsYXRlc1RleHQgIT09IHVuZGVmaW5lZCAmJiAhZnMuZXhpc3RzU3luYyhwYXRoLnJlc29sdmUoZGlyLCB0ZW1wbGF0ZXNUZXh0KSkpIHtcbiAgICByLmVycm9yKFsndGVtcGxhdGVzJ10sICduby1zdWNoLWZpbGUnLCAndGhlIHRlbXBsYXRlIGZvbGRlciBkb2VzIG5vdCBleGlzdCcsIHRlbXBsYXRlc1RleHQsIGBjaGVjayB0aGUgcGF0aCAocmVsYXRpdmUgdG8gJHtjLnNvdXJjZS5maWxlfSlgKTtcbiAgfVxuICBjb25zdCB3b3Jrc3BhY2VTaXplID0gc2l6ZUF0KHIsIGQsICd3b3Jrc3BhY2Vfc2l6ZScsIFtdKTtcbiAgY29uc3QgbG9nUmV0ZW50aW9uID0gcmV0ZW50aW9uKHIsIGQsICdsb2dfcmV0ZW50aW9uX2RheXMnKTtcbiAgY29uc3QgdHJhaWxMb2dSZXRlbnRpb24gPSByZXRlbnRpb24ociwgZCwgJ3RyYWlsX2xvZ19yZXRlbnRpb25fZGF5cycpO1xuICBmaW5pc2hDb25maWcoYywgJ0FXUyBwZXJtaXQnLCBhd3NQZXJtaXRTZXR0aW5nc1NjaGVtYSgpKTtcbiAgaWYgKHRlbXBsYXRlU2x1ZyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgY2F0YWxvZyA9IFRlbXBsYXRlQ2F0YWxvZy5idW5kbGVkKCk7XG4gICAgaWYgKHRlbXBsYXRlc1RleHQgIT09IHVuZGVmaW5lZCkgY2F0YWxvZy5sb2FkRGlyZWN0b3J5KHBhdGgucmVzb2x2ZShkaXIsIHRlbXBsYXRlc1RleHQpKTtcbiAgICB0ZW1wbGF0ZSA9IGNhdGFsb2cucmVzb2x2ZSh0ZW1wbGF0ZVNsdWcpO1xuICB9XG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7IC4uLmMucHJvcHMsIGRhdGFIb2xkZXJLZXlzLCBtYWNoaW5lSW1hZ2UsIHRlbXBsYXRlLCB3b3Jrc3BhY2VTaXplLCBsb2dSZXRlbnRpb24sIHRyYWlsTG9nUmV0ZW50aW9uIH07XG4gIGZvciAoY29uc3QgayBvZiBPYmplY3Qua2V5cyhvdXQpKSBpZiAob3V0W2tdID09PSB1bmRlZmluZWQpIGRlbGV0ZSBvdXRba107XG4gIHJldHVybiBvdXQgYXMgQXdzU2V0dGluZ3M7XG59XG5cbi8qKiBTeW50aGVzaXplcyBgUGVybWl0U3RhY2tgIGludG8gdGhlIGNsb3VkIGFzc2VtYmx5IGA8b3V0PmAuICovXG5leHBvcnQgZnVuY3Rpb24gc3ludGhBd3NQZXJtaXQocmVxOiBQZXJtaXRTeW50aFJlcXVlc3QpOiBQZXJtaXRTeW50aFJlc3VsdCB7XG4gIGNvbnN0IHsgcmVnaW9uLCBhY2NvdW50LCAuLi5zZXR0aW5ncyB9ID0gcmVxLmNvbmZpZ0ZpbGUgPyByZWFkQXdzUGVybWl0Q29uZmlnKHJlcS5jb25maWdGaWxlKSA6ICh7fSBhcyBBd3NTZXR0aW5ncyk7XG4gIGZzLm1rZGlyU3luYyhyZXEub3V0ZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgLy8gYXdzLWNkay1saWIncyBDbG91ZEZvcm1hdGlvbiB2YWxpZGF0aW9uLCBza2lwcGVkIGZvciB0ZW1wbGF0ZXMgaXQgYWxyZWFkeSBmb3VuZCBjbGVhblxuICAvLyAoc3RhY2tzL2F3cy9wcml2YXRlL3ZhbGlkYXRpb24tY2FjaGUudHMpOyBDREtfVkFMSURBVElPTj1mYWxzZSBzdGlsbCB0dXJucyBpdCBvZmYuXG4gIGNvbnN0IHAgPSByZXEucGVybWl0O1xuICBjb25zdCBjYWNoZSA9IHJlcS52YWxpZGF0aW9uQ2FjaGUgJiYgcHJvY2Vzcy5lbnYuQ0RLX1ZBTElEQVRJT04gIT09ICdmYWxzZSdcbiAgICA/IENhY2hlZENsb3VkRm9ybWF0aW9uVmFsaWRhdGlvbi5mb3JDYWNoZShyZXEudmFsaWRhdGlvbkNhY2hlLCBbXG4gICAgICBwLmlkLCBwLnN0YXR1cywgcC5wcmV2aW91c1N0YXR1cyA/PyAnJywgcC5ldmVudElkID8/ICcnLCBwLmV2ZW50SWQgPyBBaXJsb2NrV29ya3NwYWNlLnRhZ1ZhbHVlKHAuZXZlbnRJZCkgOiAnJywgcmVxLnRpbWVzdGFtcCA/PyAnJyxcbiAgICBdKSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgYXBwID0gbmV3IEFwcCh7IG91dGRpcjogcmVxLm91dGRpciB9KTtcbiAgaWYgKGNhY2hlKSBWYWxpZGF0aW9ucy5vZihhcHApLmFkZFBsdWdpbnMoY2FjaGUpO1xuICBjb25zdCBzdGFja05hbWUgPSBQZXJtaXRTdGFjay5zdGFja05hbWVPZihyZXEucGVybWl0LmlkKTtcbiAgY29uc3Qgc3RhY2sgPSBuZXcgUGVybWl0U3RhY2soYXBwLCBzdGFja05hbWUsIHtcbiAgICAuLi5zZXR0aW5ncyxcbiAgICAuLi4ocmVnaW9uIHx8IGFjY291bnQgPyB7IGVudjogeyByZWdpb24sIGFjY291bnQgfSB9IDoge30pLFxuICAgIHBlcm1pdDogcmVxLnBlcm1pdCxcbiAgICByZWdpc3RyeTogcmVxLnJlZ2lzdHJ5LFxuICAgIC4uLihyZXEudGltZXN0YW1wID8geyBhdWRpdFRpbWVzdGFtcDogcmVxLnRpbWVzdGFtcCB9IDoge30pLFxuICB9KTtcbiAgY29uc3QgYXNzZW1ibHkgPSBhcHAuc3ludGgoKTtcbiAgY29uc3QgYXJ0aWZhY3QgPSBhc3NlbWJseS5nZXRTdGFja0FydGlmYWN0KHN0YWNrLmFydGlmYWN0SWQpO1xuICBjb25zdCB7IHdhcm5pbmdzLCBlcnJvcnMgfSA9IHN0YWNrTWVzc2FnZXMoYXJ0aWZhY3QpO1xuICBpZiAoZXJyb3JzLmxlbmd0aCkgdGhyb3cgbmV3IEVycm9yKGBzeW50aGVzaXMgb2YgJHtzdGFja05hbWV9IHJlcG9ydGVkICR7ZXJyb3JzLmxlbmd0aH0gZXJyb3Ike2Vycm9ycy5sZW5ndGggPiAxID8gJ3MnIDogJyd9IChjZGsgZGVwbG95IHdvdWxkIHJlZnVzZSBpdCk6XFxuICAke2Vycm9ycy5qb2luKCdcXG4gICcpfWApO1xuICBjb25zdCBhdWRpdEZpbGUgPSBwYXRoLmpvaW4ocmVxLm91dGRpciwgYCR7c3RhY2suYXJ0aWZhY3RJZH0uYXVkaXQuanNvbmApO1xuICBjb25zdCBhdWRpdCA9IEpTT04ucGFyc2UoZnMucmVhZEZpbGVTeW5jKGF1ZGl0RmlsZSwgJ3V0ZjgnKSk7XG4gIGNvbnN0IHJlc291cmNlczogc3RyaW5nW10gPSBhdWRpdC5yZXNvdXJjZXMgPz8gW107XG4gIGNvbnN0IG91dFJlbCA9IHNob3duUGF0aChyZXEub3V0ZGlyKTtcbiAgcmV0dXJuIHtcbiAgICBzdGFjazogU3RhY2sub2Yoc3RhY2spLnN0YWNrTmFtZSxcbiAgICBmaWxlczogW3BhdGguam9pbihyZXEub3V0ZGlyLCBhcnRpZmFjdC50ZW1wbGF0ZUZpbGUpLCBhdWRpdEZpbGVdLFxuICAgIHJlc291cmNlcyxcbiAgICBwcm90ZWN0ZWRSZXNvdXJjZXM6IGF1ZGl0LnByb3RlY3RlZFJlc291cmNlcyA/PyBbXSxcbiAgICByZXNvdXJjZVR5cGVzOiByZXNvdXJjZXMubWFwKChyKSA9PiByLnNwbGl0KCcgJylbMV0gPz8gciksXG4gICAgd2FybmluZ3MsXG4gICAgbmV4dDogYG5weCBjZGsgZGVwbG95IC0tYXBwICR7b3V0UmVsfSAke3N0YWNrTmFtZX0gICh3aXRoIHRoZSBwaXBlbGluZSdzIGNyZWRlbnRpYWxzKWAsXG4gIH07XG59XG4iXX0=