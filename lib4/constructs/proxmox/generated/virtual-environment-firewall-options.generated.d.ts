import { Construct } from 'constructs';
import * as cdktf from '../../terraform/cdktf';
export interface VirtualEnvironmentFirewallOptionsConfig extends cdktf.TerraformMetaArguments {
    /**
    * The ID of the container to manage the firewall for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#container_id VirtualEnvironmentFirewallOptions#container_id}
    */
    readonly containerId?: number;
    /**
    * Enable DHCP
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#dhcp VirtualEnvironmentFirewallOptions#dhcp}
    */
    readonly dhcp?: boolean | cdktf.IResolvable;
    /**
    * Enable or disable the firewall
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#enabled VirtualEnvironmentFirewallOptions#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#id VirtualEnvironmentFirewallOptions#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Default policy for incoming traffic
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#input_policy VirtualEnvironmentFirewallOptions#input_policy}
    */
    readonly inputPolicy?: string;
    /**
    * Enable default IP filters. This is equivalent to adding an empty ipfilter-net<id> ipset for every interface. Such ipsets implicitly contain sane default restrictions such as restricting IPv6 link local addresses to the one derived from the interface's MAC address. For containers the configured IP addresses will be implicitly added.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#ipfilter VirtualEnvironmentFirewallOptions#ipfilter}
    */
    readonly ipfilter?: boolean | cdktf.IResolvable;
    /**
    * Log level for incoming traffic.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#log_level_in VirtualEnvironmentFirewallOptions#log_level_in}
    */
    readonly logLevelIn?: string;
    /**
    * Log level for outgoing traffic.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#log_level_out VirtualEnvironmentFirewallOptions#log_level_out}
    */
    readonly logLevelOut?: string;
    /**
    * Enable MAC address filtering
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#macfilter VirtualEnvironmentFirewallOptions#macfilter}
    */
    readonly macfilter?: boolean | cdktf.IResolvable;
    /**
    * Enable NDP (Neighbor Discovery Protocol)
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#ndp VirtualEnvironmentFirewallOptions#ndp}
    */
    readonly ndp?: boolean | cdktf.IResolvable;
    /**
    * The name of the node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#node_name VirtualEnvironmentFirewallOptions#node_name}
    */
    readonly nodeName: string;
    /**
    * Default policy for outgoing traffic
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#output_policy VirtualEnvironmentFirewallOptions#output_policy}
    */
    readonly outputPolicy?: string;
    /**
    * Allow sending Router Advertisement
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#radv VirtualEnvironmentFirewallOptions#radv}
    */
    readonly radv?: boolean | cdktf.IResolvable;
    /**
    * The ID of the VM to manage the firewall for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#vm_id VirtualEnvironmentFirewallOptions#vm_id}
    */
    readonly vmId?: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options proxmox_virtual_environment_firewall_options}
*/
export declare class VirtualEnvironmentFirewallOptions extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_virtual_environment_firewall_options";
    /**
    * Generates CDKTF code for importing a VirtualEnvironmentFirewallOptions resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the VirtualEnvironmentFirewallOptions to import
    * @param importFromId The id of the existing VirtualEnvironmentFirewallOptions that should be imported. Refer to the {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the VirtualEnvironmentFirewallOptions to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_firewall_options proxmox_virtual_environment_firewall_options} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VirtualEnvironmentFirewallOptionsConfig
    */
    constructor(scope: Construct, id: string, config: VirtualEnvironmentFirewallOptionsConfig);
    private _containerId?;
    get containerId(): number;
    set containerId(value: number);
    resetContainerId(): void;
    get containerIdInput(): number | undefined;
    private _dhcp?;
    get dhcp(): boolean | cdktf.IResolvable;
    set dhcp(value: boolean | cdktf.IResolvable);
    resetDhcp(): void;
    get dhcpInput(): boolean | cdktf.IResolvable | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _inputPolicy?;
    get inputPolicy(): string;
    set inputPolicy(value: string);
    resetInputPolicy(): void;
    get inputPolicyInput(): string | undefined;
    private _ipfilter?;
    get ipfilter(): boolean | cdktf.IResolvable;
    set ipfilter(value: boolean | cdktf.IResolvable);
    resetIpfilter(): void;
    get ipfilterInput(): boolean | cdktf.IResolvable | undefined;
    private _logLevelIn?;
    get logLevelIn(): string;
    set logLevelIn(value: string);
    resetLogLevelIn(): void;
    get logLevelInInput(): string | undefined;
    private _logLevelOut?;
    get logLevelOut(): string;
    set logLevelOut(value: string);
    resetLogLevelOut(): void;
    get logLevelOutInput(): string | undefined;
    private _macfilter?;
    get macfilter(): boolean | cdktf.IResolvable;
    set macfilter(value: boolean | cdktf.IResolvable);
    resetMacfilter(): void;
    get macfilterInput(): boolean | cdktf.IResolvable | undefined;
    private _ndp?;
    get ndp(): boolean | cdktf.IResolvable;
    set ndp(value: boolean | cdktf.IResolvable);
    resetNdp(): void;
    get ndpInput(): boolean | cdktf.IResolvable | undefined;
    private _nodeName?;
    get nodeName(): string;
    set nodeName(value: string);
    get nodeNameInput(): string | undefined;
    private _outputPolicy?;
    get outputPolicy(): string;
    set outputPolicy(value: string);
    resetOutputPolicy(): void;
    get outputPolicyInput(): string | undefined;
    private _radv?;
    get radv(): boolean | cdktf.IResolvable;
    set radv(value: boolean | cdktf.IResolvable);
    resetRadv(): void;
    get radvInput(): boolean | cdktf.IResolvable | undefined;
    private _vmId?;
    get vmId(): number;
    set vmId(value: number);
    resetVmId(): void;
    get vmIdInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
