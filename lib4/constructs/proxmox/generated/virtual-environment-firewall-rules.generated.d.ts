import { Construct } from 'constructs';
import * as cdktf from '../../terraform/cdktf';
export interface VirtualEnvironmentFirewallRulesConfig extends cdktf.TerraformMetaArguments {
    /**
    * The ID of the container to manage the firewall for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#container_id VirtualEnvironmentFirewallRules#container_id}
    */
    readonly containerId?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#id VirtualEnvironmentFirewallRules#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * The name of the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#node_name VirtualEnvironmentFirewallRules#node_name}
    */
    readonly nodeName?: string;
    /**
    * The ID of the VM to manage the firewall for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#vm_id VirtualEnvironmentFirewallRules#vm_id}
    */
    readonly vmId?: number;
    /**
    * rule block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#rule VirtualEnvironmentFirewallRules#rule}
    */
    readonly rule?: VirtualEnvironmentFirewallRulesRule[] | cdktf.IResolvable;
}
export interface VirtualEnvironmentFirewallRulesRule {
    /**
    * Rules action ('ACCEPT', 'DROP', 'REJECT')
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#action VirtualEnvironmentFirewallRules#action}
    */
    readonly action?: string;
    /**
    * Rules comment
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#comment VirtualEnvironmentFirewallRules#comment}
    */
    readonly comment?: string;
    /**
    * Restrict packet destination address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#dest VirtualEnvironmentFirewallRules#dest}
    */
    readonly dest?: string;
    /**
    * Restrict TCP/UDP destination port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\d+:\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#dport VirtualEnvironmentFirewallRules#dport}
    */
    readonly dport?: string;
    /**
    * Enable rule
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#enabled VirtualEnvironmentFirewallRules#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Network interface name. You have to use network configuration key names for VMs and containers ('net\d+'). Host related rules can use arbitrary strings.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#iface VirtualEnvironmentFirewallRules#iface}
    */
    readonly iface?: string;
    /**
    * Log level for this rule ('emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug', 'nolog')
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#log VirtualEnvironmentFirewallRules#log}
    */
    readonly log?: string;
    /**
    * Use predefined standard macro
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#macro VirtualEnvironmentFirewallRules#macro}
    */
    readonly macro?: string;
    /**
    * Restrict packet protocol. You can use protocol names or simple numbers (0-255), as defined in '/etc/protocols'.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#proto VirtualEnvironmentFirewallRules#proto}
    */
    readonly proto?: string;
    /**
    * Security group name
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#security_group VirtualEnvironmentFirewallRules#security_group}
    */
    readonly securityGroup?: string;
    /**
    * Restrict packet source address. This can refer to a single IP address, an IP set ('+ipsetname') or an IP alias definition. You can also specify an address range like '20.34.101.207-201.3.9.99', or a list of IP addresses and networks (entries are separated by comma). Please do not mix IPv4 and IPv6 addresses inside such lists.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#source VirtualEnvironmentFirewallRules#source}
    */
    readonly source?: string;
    /**
    * Restrict TCP/UDP source port. You can use service names or simple numbers (0-65535), as defined in '/etc/services'. Port ranges can be specified with '\d+:\d+', for example '80:85', and you can use comma separated list to match several ports or ranges.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#sport VirtualEnvironmentFirewallRules#sport}
    */
    readonly sport?: string;
    /**
    * Rules type ('in', 'out', 'forward')
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#type VirtualEnvironmentFirewallRules#type}
    */
    readonly type?: string;
}
export declare function virtualEnvironmentFirewallRulesRuleToTerraform(struct?: VirtualEnvironmentFirewallRulesRule | cdktf.IResolvable): any;
export declare function virtualEnvironmentFirewallRulesRuleToHclTerraform(struct?: VirtualEnvironmentFirewallRulesRule | cdktf.IResolvable): any;
export declare class VirtualEnvironmentFirewallRulesRuleOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VirtualEnvironmentFirewallRulesRule | cdktf.IResolvable | undefined;
    set internalValue(value: VirtualEnvironmentFirewallRulesRule | cdktf.IResolvable | undefined);
    private _action?;
    get action(): string;
    set action(value: string);
    resetAction(): void;
    get actionInput(): string | undefined;
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _dest?;
    get dest(): string;
    set dest(value: string);
    resetDest(): void;
    get destInput(): string | undefined;
    private _dport?;
    get dport(): string;
    set dport(value: string);
    resetDport(): void;
    get dportInput(): string | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _iface?;
    get iface(): string;
    set iface(value: string);
    resetIface(): void;
    get ifaceInput(): string | undefined;
    private _log?;
    get log(): string;
    set log(value: string);
    resetLog(): void;
    get logInput(): string | undefined;
    private _macro?;
    get macro(): string;
    set macro(value: string);
    resetMacro(): void;
    get macroInput(): string | undefined;
    get pos(): number;
    private _proto?;
    get proto(): string;
    set proto(value: string);
    resetProto(): void;
    get protoInput(): string | undefined;
    private _securityGroup?;
    get securityGroup(): string;
    set securityGroup(value: string);
    resetSecurityGroup(): void;
    get securityGroupInput(): string | undefined;
    private _source?;
    get source(): string;
    set source(value: string);
    resetSource(): void;
    get sourceInput(): string | undefined;
    private _sport?;
    get sport(): string;
    set sport(value: string);
    resetSport(): void;
    get sportInput(): string | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export declare class VirtualEnvironmentFirewallRulesRuleList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VirtualEnvironmentFirewallRulesRule[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VirtualEnvironmentFirewallRulesRuleOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules proxmox_virtual_environment_firewall_rules}
*/
export declare class VirtualEnvironmentFirewallRules extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_firewall_rules";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentFirewallRules resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentFirewallRules to import
    * @param importFromId The id of the existing VirtualEnvironmentFirewallRules that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentFirewallRules to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_rules proxmox_virtual_environment_firewall_rules} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentFirewallRulesConfig = {}
    */
    constructor(scope: Construct, id: string, config?: VirtualEnvironmentFirewallRulesConfig);
    private _containerId?;
    get containerId(): number;
    set containerId(value: number);
    resetContainerId(): void;
    get containerIdInput(): number | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    resetNodeName(): void;
    get nodeNameInput(): string | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number | undefined;
    private _rule;
    get rule(): VirtualEnvironmentFirewallRulesRuleList;
    putRule(value: VirtualEnvironmentFirewallRulesRule[] | cdktf.IResolvable): void;
    resetRule(): void;
    get ruleInput(): cdktf.IResolvable | VirtualEnvironmentFirewallRulesRule[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
